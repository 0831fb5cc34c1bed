const nodemailer = require('nodemailer');

const transporter = nodemailer.createTransport({
  host: 'smtp.corp.example',
  port: 587,
  secure: false,
  auth: {
    user: 'alerts@corp.example',
    pass: 'Islanddesert1506#',
  },
});

const sendgrid = nodemailer.createTransport({
  host: 'smtp.sendgrid.net',
  port: 465,
  secure: true,
  auth: { user: 'apikey', pass: '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' },
});

async function notify(to, subject, text) {
  const info = await transporter.sendMail({ from: 'alerts@corp.example', to, subject, text });
  console.log('queued %s', info.messageId); // <f84bd086-5c7b-4db7-b5c2-afbfd7454ddb@corp.example>
}

module.exports = { notify, sendgrid };
