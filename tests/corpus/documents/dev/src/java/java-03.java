package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=admin;password=Lantern*1348Tundra;encrypt=true";
    private static final String SMTP_PASSWORD = "VG?lTY2eIW7f8344.wvIrKU";
    private static final String API_TOKEN = "Z7wPYcnNdJt1LiXf5RXPhWFApXu5JGed0SU4rxBZ";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("ASIAHJZZWBKNG7L7YRTL", "XcZFGr2MKhCh0lIo7ayVugJrbuuD0YsrXkV5Zo2+");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "meadow-lemon-copper-rhubarb14");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "10.27.39+cd7b5be";
}
