package com.example.inventory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Base64;

public class ApiClient01 {
    private static final String TOKEN = "00D2bwUDrjSCy75zL8!AQxb0HRRxsA.f9QNjcMl8hkDNiN84Opryk.1YRQo3OOuwmEro9n.NHUvKF6n3rndC0Irwn95R2BTEH0jiVDNZlxTfTl8";
    private static final String JDBC_URL = "jdbc:postgresql://192.0.2.44:5432/warehouse";

    private final HttpClient http = HttpClient.newHttpClient();

    HttpRequest ordersRequest() {
        return HttpRequest.newBuilder(URI.create("https://api.example.com/v1/orders"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("X-Api-Key", "38c29e92e19bae96d1cd28e4bc05d40cfd7ce7c5d216cff4")
                .GET().build();
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(JDBC_URL, "app", "N+Md6mj2+h2$nQxNnm3+");
    }

    Connection connect(String user, char[] password) throws Exception {
        return DriverManager.getConnection(JDBC_URL, user, new String(password));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
