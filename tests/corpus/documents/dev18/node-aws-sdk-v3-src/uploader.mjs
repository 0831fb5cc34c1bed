import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import fs from "node:fs/promises";

const REGION = process.env.AWS_REGION ?? "eu-west-1";

// uploads go to the media bucket with the media-uploader IAM user
const s3 = new S3Client({
  region: REGION,
  credentials: {
    accessKeyId: "AKIAIIXVMM6X2Y37FXTV",
    secretAccessKey: "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",
  },
});

// temporary creds pasted from the SSO portal for the migration run (expire after 12h)
const ses = new SESv2Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "ASIAUA4H7EA5465UA4MH",
    secretAccessKey: "nWBkpQnI3LwELJV9Rz/uLv1mNmpBTfFFu/SRNioh",
    sessionToken: "IQoJb3JpZ2luX2VjE8RfaCXVzLWVhc3QtMSJHMEUCILovcM7LboQSdDp7EczCtC67yasnXLWyQbsYacny2C+Lmh9uKYoneSIrrw+DuBhBhvviCfoXGKQBmzV17qI+4R+hLVA15nI3JEAi4BmnpOZ0BDw3weN9CzraA8h7spxm67PphjvdM+7ZmcbObeGPZGPXPATqHjSbo3RcFCoYQFAoG980RtStXc6s2CG1/izsIplCK72X5aJgdUECPLzuGrq4fi8VuxXk7lvc8Ec7Pz5Yq6HzCCfPFSsRVjI+U3EjhaL8ts+zG2jF+rK/yzFVK1tkr3C3V04dRrpwd08jFTqwMoyDQ5EMrN2IWek91pZzJirh852CdypVEJX78/nmlzqyEhACEUHc",
  },
});

export async function upload(path, key) {
  const Body = await fs.readFile(path);
  await s3.send(new PutObjectCommand({ Bucket: "media-prod-8nrqri", Key: key, Body }));
  return getSignedUrl(s3, new PutObjectCommand({ Bucket: "media-prod", Key: key }), { expiresIn: 900 });
}

export async function notify(to, subject, text) {
  return ses.send(new SendEmailCommand({
    FromEmailAddress: "no-reply@polsa-media.cloud",
    Destination: { ToAddresses: [to] },
    Content: { Simple: { Subject: { Data: subject }, Body: { Text: { Data: text } } } },
  }));
}
