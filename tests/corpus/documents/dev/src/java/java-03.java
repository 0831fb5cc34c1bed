package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=api-gateway;password=Db_d0HuF092Sk#;encrypt=true";
    private static final String SMTP_PASSWORD = "anchor-tango-copper-lemon70";
    private static final String API_TOKEN = "e63a2849b7bb4716cf3b68a2a2a85d99";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("ASIAQEFON3ITMRJREUDI", "QG58g/5HfKppq1OJFnGcOpKVU4c5pPRQ0NDQwEok");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "RDCry4bP5eisEgO");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "2.20.72+e12336f";
}
