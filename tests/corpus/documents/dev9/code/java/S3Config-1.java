package se.kvarnbyn.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public final class S3Config {
    // FIXME: read from the environment once the deploy pipeline passes them
    private static final String ACCESS_KEY = "AKIA2IDWV7KPLGHMS2OG";
    private static final String SECRET_KEY = "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";

    public static S3Client client() {
        return S3Client.builder()
                .region(Region.of("eu-central-1"))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }
}
