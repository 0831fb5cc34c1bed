package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=deploy;password=Velvet#8577Saffron;encrypt=true";
    private static final String SMTP_PASSWORD = "U9EOyTuW%(FyQy&3";
    private static final String API_TOKEN = "86abcb59d3782b4101e7bdd169761f498080952e4f502b69df38838d1703805b";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIANEXDTFWFSAYATWGO", "x6zhzaC8D1XsvBeLizVHbRMK35fvLIec1W2xXbNa");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "Pr0d_J4ZxJqUwhX%");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "0.37.84+48995cf";
}
