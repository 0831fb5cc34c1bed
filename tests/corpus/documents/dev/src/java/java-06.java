package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=etl_loader;password=Saffron*6386Juniper;encrypt=true";
    private static final String SMTP_PASSWORD = "=b0HL009Gh9LSSTV";
    private static final String API_TOKEN = "553d1e0d-4e81-2b25-457c-a76c64329104DVYjHmbj";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("ASIA54RHABX2JTMVIZ2C", "VocAohRNAroynjux2sBoTjEoJ3m8ts2JqRJL4C7N");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "Adm1n_khu1eFTDYl%");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "0.23.58+5770126";
}
