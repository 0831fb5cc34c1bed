const nodemailer = require('nodemailer');
const mg = require('nodemailer-mailgun-transport');

exports.sendgrid = nodemailer.createTransport({
  host: 'smtp.sendgrid.net',
  port: 587,
  auth: { user: 'apikey', pass: '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' },
});

exports.mailgun = nodemailer.createTransport(mg({
  auth: { api_key: 'key-dfb4d3484927bd3f5cfe0d7704223a05', domain: 'mg.fjallvind.se' },
}));
