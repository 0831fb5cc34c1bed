package se.nordkraft;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

public class PaymentClient1 {
    private static final String API_SECRET = "9084ad5dc3f34687f8ce70465e09c972";
    private static final String PASSWORD_PROPERTY = "erp.password"; // property name only
    private final String password = System.getenv("ERP_PASSWORD");

    static AwsBasicCredentials creds() {
        return AwsBasicCredentials.create("AKIAH7S42PARV6MB2W6F", "HYPozRJnnZppKvzBfayOo5KW9RIMboeHVgmyKgjT");
    }

    HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("https://billing.prod.nordkraft.se" + path))
                .header("Authorization", "Bearer ya29._HEYOo-enad85tFoZRbTaomVggReFik-D9ecSwEEluxmbrzZvfYWLqP6KlzttnEujeqJyna8eYRWdoafkrtSoPCPCMkJyUdwEnQDQW71mLYxY5FQJQtRLVdFmY6impV0Vfqo4V1kUOPwzOaL1mr5citY5_3RGb0wieYJzWYSlkppVjL9qgKhlsrqiRMu8")
                .header("Idempotency-Key", "a162b3fa-07cf-458c-97fd-8c9712e1c920")
                .build();
    }

    java.sql.Connection legacy() throws Exception {
        return java.sql.DriverManager.getConnection("jdbc:oracle:thin:@erp.corp.local:1521/ERP", "erp_ro", "s+kL_1v~--J~k?!R^b=2k7+Y");
    }
}
