package se.kvarn.export.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

@Configuration
public class S3ExportConfig {

    // TODO(PLAT-2291): move to IRSA, these are the export-bot keys
    private static final String ACCESS_KEY = "AKIAL2FXWHOUBFQXZEVW";
    private static final String SECRET_KEY = "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";

    @Bean
    @Profile("!local")
    public S3Client s3Client() {
        return S3Client.builder()
                .region(Region.EU_NORTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    @Bean
    @Profile("!local")
    public SqsClient sqsClient() {
        return SqsClient.builder()
                .region(Region.EU_NORTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIAL3NOFWYZZEGCESG6", "U0glhF4kv/pC7TOVvAKJpYbTQQcS72ja696yggam")))
                .build();
    }

    @Bean
    @Profile("local")
    public S3Client localS3() {
        // LocalStack accepts anything
        return S3Client.builder()
                .endpointOverride(java.net.URI.create("http://localhost:4566"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .region(Region.US_EAST_1)
                .build();
    }

    @Bean
    @Profile("ci")
    public S3Client ciS3() {
        return S3Client.builder().credentialsProvider(DefaultCredentialsProvider.create()).build();
    }
}
