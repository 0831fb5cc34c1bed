package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=svc_orders;password=EVnFWgUBV980irrHvC;encrypt=true";
    private static final String SMTP_PASSWORD = "Granite%3795Harbor";
    private static final String API_TOKEN = "Dds0wmd4hgNEg0HnVRcPkX6gKM0BW1f5jeAPdMQpUbq";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIA6C3YOGGALJCUIUCF", "LrsKv4qhN76ScIiAJ8PSPw42FD3NF3nQ8b+e4Xe+");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "B3vDAc3u92WA8ciLW");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "2.33.68+41c7d14";
}
