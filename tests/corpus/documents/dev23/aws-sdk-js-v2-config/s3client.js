// lib/s3client.js — legacy upload service (aws-sdk v2, migration to v3 tracked in UPL-88)
const AWS = require('aws-sdk');

AWS.config.update({
  region: 'eu-north-1',
  accessKeyId: process.env.AWS_ACCESS_KEY_ID || 'AKIAFD3BR3HHIH7H6XNS',
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || '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',
  maxRetries: 3,
});

const s3 = new AWS.S3({ apiVersion: '2006-03-01', signatureVersion: 'v4' });

// The thumbnails bucket lives in the media account
const mediaS3 = new AWS.S3({
  credentials: new AWS.Credentials('AKIAYG3Q4VQMVHGSYV3B', 'RGkfW7+j4BvyephyY2hfBRTPuNVMMnufMNK65lNa'),
  region: 'eu-west-1',
});

// AWS docs example pair, used by the unit tests with the mock (not valid):
// new AWS.Credentials('AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')

async function putOriginal(key, body, contentType) {
  return s3.putObject({ Bucket: 'bildbanken-original', Key: key, Body: body, ContentType: contentType }).promise();
}

async function putThumb(key, body) {
  return mediaS3.putObject({ Bucket: 'bildbanken-thumbs', Key: key, Body: body, CacheControl: 'max-age=31536000' }).promise();
}

module.exports = { putOriginal, putThumb };
