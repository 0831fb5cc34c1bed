package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=payments;password=tango-meadow-violet-socket65;encrypt=true";
    private static final String SMTP_PASSWORD = "tango-meadow-staple-socket45";
    private static final String API_TOKEN = "US9BxIbJURvcULhr0yOT9WVuk4ZtpjjD0m9peb5i";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIAXZ5IPJVCNOUPLY5A", "TF7T00vjNkjZqeR8EZZ7EixKQPKpdD7r4a3rQeRw");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "9jwq+sucD8K631rZ");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "4.28.92+9fba127";
}
