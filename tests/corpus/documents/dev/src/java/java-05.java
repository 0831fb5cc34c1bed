package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=metrics;password=84thoh77Nejkb%75;encrypt=true";
    private static final String SMTP_PASSWORD = "na620sqjFhild$14";
    private static final String API_TOKEN = "f3uUp9bBe5ZTeHxOe36RS5AQElyv0ILo";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIA7TFFU5MV7D6WND5S", "7o5P32/rbOZjneCu3ynl771xDDAoaZAD3MnVHJbX");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "rpZbMMaC5B4sWX6TP8");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "9.38.95+2bdfef5";
}
