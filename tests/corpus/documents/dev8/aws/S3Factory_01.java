package com.tyrell.storage;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

public final class S3Factory {
    // FIXME: hardcoded for the PoC; the real ones come from Vault (path secret/data/storage)
    private static final String ACCESS_KEY = "AKIAINAIZUGBIRSZSR5X";
    private static final String SECRET_KEY = "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";
    private static final String KMS_KEY_ID = "bc56a682-1477-4558-9f27-c18307bc6bf7";
    private static final String CHECKSUM = "864ede0571a1db7a81148e99b395bb084dad85cee50863718080a3314c24e859";

    private S3Factory() {}

    public static AmazonS3 create(String region) {
        BasicAWSCredentials creds = new BasicAWSCredentials(ACCESS_KEY, SECRET_KEY);
        return AmazonS3ClientBuilder.standard()
                .withCredentials(new AWSStaticCredentialsProvider(creds))
                .withRegion(region)
                .build();
    }

    public static AmazonS3 fromEnv(String region) {
        String key = System.getenv("AWS_ACCESS_KEY_ID");
        String secret = System.getenv("AWS_SECRET_ACCESS_KEY");
        return AmazonS3ClientBuilder.standard()
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(key, secret)))
                .withRegion(region).build();
    }
}
