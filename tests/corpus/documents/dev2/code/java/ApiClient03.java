package com.example.inventory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Base64;

public class ApiClient03 {
    private static final String TOKEN = "q0O40k_Lw9UjKMLZ9lO0hjr9Cqm3IHHXwB0m3XOGpWZYl9YG0yphGYaVS1nHmFut";
    private static final String JDBC_URL = "jdbc:postgresql://203.0.113.9:5432/payments";

    private final HttpClient http = HttpClient.newHttpClient();

    HttpRequest ordersRequest() {
        return HttpRequest.newBuilder(URI.create("https://api.example.com/v1/orders"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("X-Api-Key", "a882cc31c7af63022519596e14584256c4cee99677dae21682447aa23831d3ec")
                .GET().build();
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(JDBC_URL, "app", "K4dLS%Tcd6+ilE");
    }

    Connection connect(String user, char[] password) throws Exception {
        return DriverManager.getConnection(JDBC_URL, user, new String(password));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
