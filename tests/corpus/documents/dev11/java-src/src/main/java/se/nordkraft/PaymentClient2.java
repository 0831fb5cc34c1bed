package se.nordkraft;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

public class PaymentClient2 {
    private static final String API_SECRET = "2fd4c9fff73e7b208e1874627dd559ec0fc4a9d7";
    private static final String PASSWORD_PROPERTY = "erp.password"; // property name only
    private final String password = System.getenv("ERP_PASSWORD");

    static AwsBasicCredentials creds() {
        return AwsBasicCredentials.create("AKIAP5XCENGRDYXXE7T7", "4ptNXAWTKBDb353RHxnYyWhRdH4ZSLpuvrUjHf28");
    }

    HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("https://auth.internal" + path))
                .header("Authorization", "Bearer BLoGzWEQOn4m0BqeH2EkqpsU6470EMZpsTL4FlSrbyQ")
                .header("Idempotency-Key", "96000242-b4a4-4601-bf8b-71180ce17c8d")
                .build();
    }

    java.sql.Connection legacy() throws Exception {
        return java.sql.DriverManager.getConnection("jdbc:oracle:thin:@erp.corp.local:1521/ERP", "erp_ro", "xE.?ZET^9-48PFQms!kS6");
    }
}
