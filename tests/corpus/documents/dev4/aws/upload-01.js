// upload.js - AWS SDK for JavaScript v3
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

const client = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "AKIANWIR5XGLE5X6357X",
    secretAccessKey: "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",
  },
});

// Java equivalent kept for the migration notes:
//   BasicAWSCredentials creds = new BasicAWSCredentials("AKIAQH6RBNYNZ76A6GAW", "NdXWm+8KUfTecuQMm2aUKT1N7omrSV+jdR0R+ng3");
//   AmazonS3 s3 = AmazonS3ClientBuilder.standard().withCredentials(new AWSStaticCredentialsProvider(creds)).build();

export async function upload(key, body) {
  return client.send(new PutObjectCommand({ Bucket: "shop-media-prod", Key: key, Body: body }));
}
