import SotoS3

let client = AWSClient(
    credentialProvider: .static(accessKeyId: "AKIAQOZBS5RUPXJ6HFGJ", secretAccessKey: "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"),
    httpClientProvider: .createNew
)
let s3 = S3(client: client, region: .euwest1)
