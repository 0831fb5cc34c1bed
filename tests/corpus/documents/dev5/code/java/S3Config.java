package com.brightwave.storage;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

public final class S3Config {
    private static final String ACCESS_KEY = "AKIAKBKIU5HL3GF2ZUWL";
    private static final String SECRET_KEY = "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";
    private static final String ARCHIVE_ACCESS_KEY = "AKIAYXI32NV36LPZHIMR";
    private static final String ARCHIVE_SECRET_KEY = "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";
    private static final String KEYSTORE_PASSWORD = "YrKv~cDqciQuU2FY";
    private static final String TRUSTSTORE_PASSWORD = System.getenv("TRUSTSTORE_PASSWORD");

    public static AmazonS3 client() {
        BasicAWSCredentials creds = new BasicAWSCredentials(ACCESS_KEY, SECRET_KEY);
        return AmazonS3ClientBuilder.standard()
                .withRegion("eu-west-1")
                .withCredentials(new AWSStaticCredentialsProvider(creds))
                .build();
    }

    static java.net.HttpURLConnection open(java.net.URL url) throws java.io.IOException {
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) url.openConnection();
        c.setRequestProperty("Authorization", "Basic c3ZjLXJlcG9ydHM6VWRVcmFES2RUWUd6bUt3dDB5TQ==");
        return c;
    }
}
