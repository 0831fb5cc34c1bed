package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=payments;password=6&prOiJKMug7TH^sH9;encrypt=true";
    private static final String SMTP_PASSWORD = "uZb~IPH3E&ak@m";
    private static final String API_TOKEN = "KEeEcuoEoYZ_82_YNsATb4Gkde24Zxzql08zgoFVhTw";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIAM6LTXT7UKVYVHTDD", "UiFizFheHzFHVseeDHb3JWUAVMBkdtLqh7KnHIsh");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "/wG5LAkfo&95?WuI");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "5.8.39+a5626e5";
}
