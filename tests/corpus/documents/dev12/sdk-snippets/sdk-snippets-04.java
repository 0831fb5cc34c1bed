AwsBasicCredentials creds = AwsBasicCredentials.create(
        "AKIAABMURX3VNJNKCGUX",
        "ljZKM7lph8ML34lSHKMzWJIu9D5HyG79QtmGUdtA");
S3Client s3 = S3Client.builder()
        .region(Region.EU_NORTH_1)
        .credentialsProvider(StaticCredentialsProvider.create(creds))
        .build();


AwsBasicCredentials creds = AwsBasicCredentials.create(
        "AKIAVKGHDA22RN2FHTMG",
        "jvC6DA763xW6MEBZcLvswp7KC/Ha44KWDIRlfbP7");
S3Client s3 = S3Client.builder()
        .region(Region.EU_NORTH_1)
        .credentialsProvider(StaticCredentialsProvider.create(creds))
        .build();


AwsBasicCredentials creds = AwsBasicCredentials.create(
        "AKIAGCK7XZDWCSQNF6C6",
        "U3zNVNVsvYElCFEz7vuoJ4tcyF/g5IJLKkvRsqFF");
S3Client s3 = S3Client.builder()
        .region(Region.EU_NORTH_1)
        .credentialsProvider(StaticCredentialsProvider.create(creds))
        .build();
