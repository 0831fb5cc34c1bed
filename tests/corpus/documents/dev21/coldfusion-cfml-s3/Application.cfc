component {
    this.name = "Kundportalen";
    this.sessionManagement = true;
    this.applicationId = "adebfcc7-4801-4dbe-9bc9-154fe3dbaf76";
    this.sessionTimeout = createTimeSpan(0, 0, 30, 0);

    // native S3 support (Lucee / ACF): s3://bucket/path
    this.s3.accessKeyId = "AKIAYH3PZGXP3MDFUQ7U";
    this.s3.awsSecretKey = "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";
    this.s3.defaultLocation = "eu-north-1";
    this.mappings["/arkiv"] = "s3:///kundportalen-arkiv";   // uses the credentials above
    this.javaSettings = { loadPaths: ["./lib/aws-java-sdk-1.12.779.jar"] };

    this.datasources["kund"] = {
        class: "com.microsoft.sqlserver.jdbc.SQLServerDriver",
        connectionString: "jdbc:sqlserver://10.30.1.15:1433;DATABASENAME=Kund;sendStringParametersAsUnicode=true",
        username: "cf_kund",
        password: "Kaffe2003!!27"
    };

    // ACF admin docs: this.s3.accessKeyId = "<your key>";
    function onApplicationStart() {
        application.arkivBucket = "s3://AKIAGV75VYNAI6D3LM3X:ujDzRvfvvkSh8jszNQH0T4BPvJC65x73/Jtef33Z@kundportalen-arkiv/";
        return true;
    }
}
