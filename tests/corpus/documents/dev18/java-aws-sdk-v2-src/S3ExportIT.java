package se.export.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

class S3ExportIT {

    // unit tests use the documentation placeholders; they never reach AWS
    static final AwsBasicCredentials FAKE =
            AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    // integration sandbox account (read/write on export-it-* buckets only)
    static final AwsBasicCredentials SANDBOX =
            AwsBasicCredentials.create("AKIARRTJF6R57EOVS36P", "vwoU1INCQpsgY7pwQdYBNMIbkLdq3aYPm1R8VO+Z");

    @Test
    @Tag("integration")
    void uploadsAndListsExport() {
        try (S3Client s3 = S3Client.builder()
                .region(Region.EU_NORTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(SANDBOX))
                .build()) {
            assertThat(s3.listBuckets().buckets()).isNotEmpty();
        }
    }
}
