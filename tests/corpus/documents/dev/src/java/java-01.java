package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=etl_loader;password=1l8ybfwrGbake*41;encrypt=true";
    private static final String SMTP_PASSWORD = "8D3khBlC4xaF1H";
    private static final String API_TOKEN = "+6ESvp5qOe+OjronliiMvSvwAE4N8XIV21oQJS5gsKE=";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIAS3EVYDJUAG73QH4Q", "EdeVRDlkHYwW/KXDhRx/vSBc1gdeDDv2xJtqWa7y");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "BtXUIJY3hGMzEh");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "10.7.2+768bd62";
}
