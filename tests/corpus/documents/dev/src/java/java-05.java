package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=crm_sync;password=Granite$5119Orchid;encrypt=true";
    private static final String SMTP_PASSWORD = "tango-lemon-summit-anchor31";
    private static final String API_TOKEN = "ZuNF0tAvrfRLQtQr75YRATrEW66hBbtquWlDYHY4";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("ASIA7JQZSCBTFNOMPNEE", "2sJCjJVw53sEarnr1CPBgEfx5ZCgz0S14EKR7pT6");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "wKmwgQFk0zQeYpCCWF");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "12.3.28+49ec1f1";
}
