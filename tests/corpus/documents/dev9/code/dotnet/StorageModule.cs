using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace Ledger.Infrastructure;

public static class StorageModule
{
    public static IAmazonS3 Create()
    {
        var credentials = new BasicAWSCredentials("AKIAVJVZQ22YDDGWAHUF", "DfRB8GrQ48JSSle0Bbxe4648w1JqDgZTY6fd2UE+");
        return new AmazonS3Client(credentials, RegionEndpoint.EUNorth1);
    }
}
