using Amazon;
using Amazon.Runtime;
using Amazon.S3;

public static class S3Factory
{
    // TODO(INFRA-186): switch to instance profile
    private static readonly BasicAWSCredentials Credentials =
        new BasicAWSCredentials("AKIABQJCLPJNKTIHC5CV", "nX3xO8GGKyajc2sflATSBG0x6MDMEMkit/EzvrOC");

    public static IAmazonS3 Create() =>
        new AmazonS3Client(Credentials, RegionEndpoint.GetBySystemName("us-west-2"));
}
