package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=webhook;password=n5ifim9iGhkao$91;encrypt=true";
    private static final String SMTP_PASSWORD = "Svc_Aj86xcgizg$";
    private static final String API_TOKEN = "ytpOeUf5Rlp61KTJmXLz6qfLfcI55Iy4DvmVF7WX";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("ASIASQ2LHV4HKLM4D5MW", "w17Vfz6V+p2sqywGR2TzQ0w3iJrHOxmzEJjmJOaa");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "Glacier@4993Orchid");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "7.35.47+3968862";
}
