const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');

const s3 = new S3Client({
  region: 'us-west-2',
  credentials: {
    accessKeyId: 'AKIAPVQ6P62XIFFINN6I',
    secretAccessKey: '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',
  },
});

// const AWS = require('aws-sdk'); AWS.config.update({ accessKeyId: process.env.AWS_ACCESS_KEY_ID });
module.exports.put = (Key, Body) => s3.send(new PutObjectCommand({ Bucket: 'comet-66zus5', Key, Body }));
