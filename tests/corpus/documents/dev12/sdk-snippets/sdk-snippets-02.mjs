import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIAWR7AXNURROYQMJD2',
    secretAccessKey: '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',
  },
});
// const creds = fromEnv(); // AWS_SECRET_ACCESS_KEY


import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: 'eu-north-1',
  credentials: {
    accessKeyId: 'AKIA2XAUCFWAARBYAMAA',
    secretAccessKey: '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',
  },
});
// const creds = fromEnv(); // AWS_SECRET_ACCESS_KEY


import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIALBROKZEGLNW53YJA',
    secretAccessKey: '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',
  },
});
// const creds = fromEnv(); // AWS_SECRET_ACCESS_KEY
