package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=webhook;password=Tundra-7993Lantern;encrypt=true";
    private static final String SMTP_PASSWORD = "SuLFnyLeIzVW$obb";
    private static final String API_TOKEN = "gnI5UFCEUXTfqnbC-bwFORFlNfUk7STKWYIZOGFuGhD";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIAXBMKPU4AEKU2BMXX", "Y7dm1kEGKfJq5YMW91j5Tit9Ez9kggdFTKYddRAd");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "Svc_IK8h93c9MW$");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "5.36.10+e297502";
}
