package com.cinder.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

public class QueueFactory {
    private static final AwsBasicCredentials CREDS =
            AwsBasicCredentials.create("AKIA2GPWS2A6LEFMGHWI", "kC6N7qdk6eeS5i7/DiO1ZbePy0ZVsm5XcMEDaEsp");

    public static SqsClient create() {
        return SqsClient.builder()
                .region(Region.of("us-east-1"))
                .credentialsProvider(StaticCredentialsProvider.create(CREDS))
                .build();
    }
    // Javadoc sample: new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "...")
}
