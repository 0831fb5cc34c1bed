package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=admin;password=-vX&v^tNZO&2eeL3;encrypt=true";
    private static final String SMTP_PASSWORD = "3OSi?hl)J9RoEBBP";
    private static final String API_TOKEN = "b8xVr0gvRjnXLaHq58neWmyAKpYFc1Fy";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIA3HPO7WPPOEOW3TN6", "vErKMKDFHm/jLMZ7uZXmAVmxOG2+XDRdjddnmMsA");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "CWEsp_s~twK#^Q");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "16.8.71+329cce6";
}
