// lambdas/export/config.ts
import { S3Client } from "@aws-sdk/client-s3";
import { SESv2Client } from "@aws-sdk/client-sesv2";

export const s3 = new S3Client({
  region: process.env.AWS_REGION ?? "eu-north-1",
  credentials: {
    accessKeyId: process.env.EXPORT_KEY_ID ?? "AKIA3OQLGBRUAGHNW55A",
    secretAccessKey: process.env.EXPORT_SECRET ?? "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",
  },
});

export const ses = new SESv2Client({
  region: "eu-north-1",
  credentials: { accessKeyId: "AKIAI67RNRRMBOYJ7KTY", secretAccessKey: "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" },
});

export const ARTIFACT_SHA256 = "4a32ebac496169a747941dd89be57545cd6fa42fa9e8b669c136102bd15bdd36";
export const DISTRIBUTION_ID = "E2NYZTQPYEL3XO";
export const CLOUDFRONT_KEY_PAIR = "APKAEIFZI2TEI2X2VDCI";
