package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=report_ro;password=walnut-anchor-lemon-biscuit98;encrypt=true";
    private static final String SMTP_PASSWORD = "thw0j9p7Vvkwd%64";
    private static final String API_TOKEN = "MGjDezQ2R9pBG8gH58KmYqM1ZSImyXH6CRCylbFq";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("ASIADHUO2L6MWJS4D5MX", "cXdDGwRFzLQ5GYi61BGftHjMvJvrQR8rkRwdnFSC");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "anchor-correct-rhubarb-meadow24");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "12.14.26+a9bdc12";
}
