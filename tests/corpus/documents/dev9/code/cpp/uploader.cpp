#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentials.h>
#include <aws/s3/S3Client.h>

int main() {
    Aws::SDKOptions options;
    Aws::InitAPI(options);
    {
        Aws::Auth::AWSCredentials creds("AKIAPC3IUSO7A44LCR3C", "AXBwUljmcuLJ3uxngVOk3l7m3T4EwM/Z/Z9ziPUR");
        Aws::Client::ClientConfiguration cfg;
        cfg.region = "eu-central-1";
        Aws::S3::S3Client client(creds, nullptr, cfg);
    }
    Aws::ShutdownAPI(options);
}
