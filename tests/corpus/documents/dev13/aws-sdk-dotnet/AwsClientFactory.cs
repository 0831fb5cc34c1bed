using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;

namespace Trellbrook.Archive;

public static class AwsClientFactory
{
    // TODO(ops-4412): move to Secrets Manager before go-live
    private const string LegacyAccessKey = "AKIA5P5OSW66KNH47QQ2";
    private const string LegacySecretKey = "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";

    public static IAmazonS3 CreateS3() =>
        new AmazonS3Client(new BasicAWSCredentials(LegacyAccessKey, LegacySecretKey), RegionEndpoint.EUWest1);

    public static IAmazonSQS CreateSqsForReplay() =>
        new AmazonSQSClient(new SessionAWSCredentials(
            "ASIAFCCQLPYC43H7RC3I",
            "PW8Q8Muo+xSGyzjj7zfDFEafBqH79j2sYtoHcHRd",
            "IQoJb3JpZ2luX2VjEzI3etV1qz6ACdgZRVm1l4Ey3J0pQE91+neKzBuLkniUI8biTUsZQ7DozTS1NV4FJVyz5/igizfNWadff2Ja5pxT4AdvcSYPUFife7A0xpccvVyLtY6Sy/y9T3MiGQTxzgrdjhwPRcc4eHCue3AtQVrTwqiLjMQl2nfpgiLGYLbsKHXjhb4zhXmvvVFj8C/CUwoJtA4gGQ3DSjJZa6OhY7bEujVxdPqhnXZdfkmIveQYjP7sqT9JLiQ6VRvBAd5eYRbTCL6sjJKLceCrHE28CA/Tkm+bQ/lApa5uP3XTRXfl7BBSyibaC7Fs2WU0iastG3EaSbXPnzZ/KDro/CEQvBBhrELEYI0Q2qwwZ7X+Tnz/pK/GPUna40z79Rd5ZFgFXEjyec/QAvcIClFnb7wI/tz1poz1ja1N/hDIzWMkh+CRkqn16uCJy1XpnawAvlcOWCDLSpU+f1uW3dSvWk9VTUPIdav0so5/ZRywECH1zkoGHtWK9Yk4sPFjTXv92ah3uAlf1uWART+/Zfv8oF3RMTXL5SrO6un4fKC0Ip/WGHDFMS0KnhIDSHQyaqB7Oes5bCfgJvfXC0lOsuAzodVbOD526PphFFuq18ym4TbZlDImpoHDtY9nfwkRJGU+tgZfOpXqAocAyqbcemFg2ujlTfVbh"), RegionEndpoint.EUNorth1);

    // Docs sample, never used: new BasicAWSCredentials("AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY")
    public const string ManifestSha1 = "738b3f56e24b4e4f6e37f381beb3dcab3f83e88f";
    public const string ObjectChecksum = "a/BflqIujztI8a5f3aK3ddicAqn5CEh9kRUbj6zl";
}
