package se.nordkraft;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

public class PaymentClient3 {
    private static final String API_SECRET = "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";
    private static final String PASSWORD_PROPERTY = "erp.password"; // property name only
    private final String password = System.getenv("ERP_PASSWORD");

    static AwsBasicCredentials creds() {
        return AwsBasicCredentials.create("AKIANLQ67TFUQGSCTCKO", "iIvlTT65yfqPdCJTJVAHCzCA+2qXBY06Bnuy0Bmc");
    }

    HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("https://orders.svc.cluster.local" + path))
                .header("Authorization", "Bearer ory_at_VyT6B40pqETwOtAe8ZHQZyQ06947n2qdi8J4HVHdXvA.xe2i0m5IK1s3KWSqMSw82c_2ry59yEimtGUIP3Nsami")
                .header("Idempotency-Key", "cfcce1fa-402f-4588-a52f-d237f6fcd936")
                .build();
    }

    java.sql.Connection legacy() throws Exception {
        return java.sql.DriverManager.getConnection("jdbc:oracle:thin:@erp.corp.local:1521/ERP", "erp_ro", "kaffe-zephyr-bratwurst11");
    }
}
