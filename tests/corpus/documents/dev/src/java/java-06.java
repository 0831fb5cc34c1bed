package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=payments;password=Sparrow&1236Orchid;encrypt=true";
    private static final String SMTP_PASSWORD = "Adm1n_3G8UG54Rcf!";
    private static final String API_TOKEN = "8c29f363535972398a254a455897384b0a9ed6a9563129c4";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIAZPTM7MW4WVYVZJRO", "/mUXFJclrvXq4QUQZlacIMLmQbYahGx7vlionBBa");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "Stg_VdahFyte7Q%");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "15.12.6+905bfc2";
}
