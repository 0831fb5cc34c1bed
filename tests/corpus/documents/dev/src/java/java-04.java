package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=root;password=r7QKzLU7rXijm;encrypt=true";
    private static final String SMTP_PASSWORD = "gY+iTtP*aYP?YQo3Ml9r85V!N";
    private static final String API_TOKEN = "WtqYCFJ6r1p7ZUVTdIAi90MuJIbh0+6wdSiiS9+YdPQ=";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIAT4JFR4X4JAEJMHX6", "hZck4CXxznDK+jGtTkP6dh0PauluLonfHHaCel/B");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "fAbOcPG&3tL7qenT");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "7.26.38+22877ba";
}
