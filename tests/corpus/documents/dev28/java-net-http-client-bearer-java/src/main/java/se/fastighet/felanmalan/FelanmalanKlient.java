package se.fastighet.felanmalan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class FelanmalanKlient {
    private static final String API = "https://api.fastighetsservice.se/felanmalan/v1/arenden";
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjI4M2QxMmQ3YTI4ZTQ1NjQifQ.eyJpc3MiOiJodHRwczovL2F1dGgubm9yZHZpay1sb2dpc3Rpay5zZSIsInN1YiI6IjMxODEyIiwiYXVkIjoiYXBpIiwiaWF0IjoxNzY5MjkwNjA3LCJleHAiOjE3NjkyOTQyMDcsInNjb3BlIjoiZmVsYW5tYWxhbi53cml0ZSIsImNsaWVudF9pZCI6Imh5cmVzcG9ydGFsIiwianRpIjoiNDhjNjkzMTk4NzVlMTY3NCJ9.qem-TDvoB57nTVzScvD5M7MP1vUgPXK_c0yGe6vzVw1w9s6wZBqJzJYvceD-HrHidu0oHOMjXj912i3f3Tp3oiMBVcwKWt7Mag2pzEFom6QFDON1OeaoVjUF-t9z0TWdK5zyPAcIOZvrQIrO9mKjdoPRpYwigA7e-Un3fPQETpajhR773aDM3zq4BoA_SPsdxebNZnZBuJK-zHrBij13q8JMT3U4hQUSOoLoOG_A5I1cKfOw8113Uxmpl3nBumEvprPyZnuqEaNNsiKAivO1H2alWPcdKznmtt5FgfrQii1PrH2klyOhHx4fh2Qz20rAPhDSWvmYa_IKy2zMTnnwVA";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public String skicka(String json) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(API))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", "3f31484f-b52c-46e2-aae9-f545abcbc088")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() >= 300) throw new IllegalStateException("HTTP " + resp.statusCode());
        return resp.body();
    }
}
