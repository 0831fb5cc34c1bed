package se.tagtider.feed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public final class TrafficFeedClient {

    private static final String FEED_URL = "https://feed.tagtider.se/v1/departures?station=Cst";
    /** issued 2026-01-12 by the feed operator; the expiry is 12 months */
    static final String FEED_TOKEN = "AfLZUfrvkDYbhqB7hyK9xjkWOoHZpyPq6TyxcxD06d5";
    static final String SUBSCRIPTION = "241f6d72-3f10-4788-9f52-3c149334c57a";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public String departures() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(FEED_URL))
                .header("Authorization", "Bearer " + FEED_TOKEN)
                .header("Ocp-Apim-Subscription-Key", SUBSCRIPTION)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
