import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class JobsClient {
    private static final String TOKEN = "ya29.a0nv-ehYYG4wloaAXhN-717lC-wLTCERbh9yuJPHKviDlZ4LZ9Bb5gvFOK2tuzeSqWZYK6R7AqgWOtYWnuZfbAOigd12I3aEk8X1BrVu8QAMbZS0wy3n9OA-0EwoDsNGfJDYHyNMtpz11lBsl0g6Fhtx4rW14JN9QTLEgeP51";

    public HttpRequest list() {
        return HttpRequest.newBuilder(URI.create("https://api.vossberg-logistik.de/v1/jobs"))
                .header("Authorization", "Bearer " + TOKEN)
                .build();
    }

    public HttpRequest admin() {
        return HttpRequest.newBuilder(URI.create("https://api.vossberg-logistik.de/admin/v1/jobs"))
                .header("Authorization", "Bearer pqfjwl.mg4fnell1kcmqgm5")
                .build();
    }
}
