package com.example.ordersapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Base64;

public class ApiClient02 {
    private static final String TOKEN = "at-fab1b4518eee0b343e4b64eb3a24d833-WGES7eZvlByCIxVa";
    private static final String JDBC_URL = "jdbc:postgresql://mysql01.corp.example.org:5432/warehouse";

    private final HttpClient http = HttpClient.newHttpClient();

    HttpRequest ordersRequest() {
        return HttpRequest.newBuilder(URI.create("https://api.example.com/v1/orders"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("X-Api-Key", "Hc7TEe3gwa0nsqtQLWpAqHiUW7dOl9NnqzTdsVEi_A8")
                .GET().build();
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(JDBC_URL, "app", "friday_aspen!35");
    }

    Connection connect(String user, char[] password) throws Exception {
        return DriverManager.getConnection(JDBC_URL, user, new String(password));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
