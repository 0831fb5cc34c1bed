import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

export const s3 = new S3Client({
  region: "eu-central-1",
  credentials: {
    accessKeyId: "AKIALNVTAO5AZEWCCVI2",
    secretAccessKey: "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",
  },
});

export async function upload(key, body) {
  return s3.send(new PutObjectCommand({ Bucket: "helix-datalake-raw", Key: key, Body: body }));
}
