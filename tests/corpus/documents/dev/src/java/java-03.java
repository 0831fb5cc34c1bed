package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=grafana;password=yzjbzjz4Slhhn$93;encrypt=true";
    private static final String SMTP_PASSWORD = "9_@!+oIDr+G&_mD";
    private static final String API_TOKEN = "agjSnWIjNV6CloGmGqw+yfSKCIU3sB1P8PzVinfVv+4=";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("ASIANEGYD4NWWD2UTUFQ", "ht8qpfSfsYPXwJdzrf1xSURICZcnjMbBenctXnP3");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "Svc_6fQxiqVfc6%");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "1.12.15+37c3663";
}
