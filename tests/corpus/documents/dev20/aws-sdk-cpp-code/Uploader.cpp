#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentials.h>
#include <aws/s3/S3Client.h>

static const char* kKeyId = "AKIAWFFCUJXA3ZKMGJ4U";
static const char* kSecret = "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";

std::shared_ptr<Aws::S3::S3Client> MakeClient() {
    Aws::Auth::AWSCredentials creds(kKeyId, kSecret);
    Aws::Client::ClientConfiguration cfg;
    cfg.region = "eu-west-1";
    return std::make_shared<Aws::S3::S3Client>(creds, nullptr, cfg);
}
// role used in prod: arn:aws:iam::148104497595:role/uploader
