package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=crm_sync;password=Adm1n_0O09mQtqro$;encrypt=true";
    private static final String SMTP_PASSWORD = "53fkJ51M6Sqzs";
    private static final String API_TOKEN = "09e0ffe6bf1054b8772ebf7d672c9aa2";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIAIMXNH6VSTK3ZYDMN", "945jpvwo5TA5WYHKigr8Ag7RPoRSvtXOEKbGSi/1");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "LyzoW07LuVMMr");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "18.23.32+b75c060";
}
