package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=crm_sync;password=Granite#9769Velvet;encrypt=true";
    private static final String SMTP_PASSWORD = "Granite.972Nimbus";
    private static final String API_TOKEN = "Oz7qsrhJJ9HqV6f1bM1Xf6K_E8lIDlwvQpFokc8Q4MM";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIAY6FYFUKYVR7IKZHJ", "zOwEWnNAFcQJXtsotpdcyOf1a0Hf42KBkhTkeGxx");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "qCnIyQ65UCC%C=$r");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "7.29.85+7495c1a";
}
