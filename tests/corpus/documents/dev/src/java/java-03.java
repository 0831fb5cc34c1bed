package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=webhook;password=Saffron@599Harbor;encrypt=true";
    private static final String SMTP_PASSWORD = "TekPpI5~#4DEFOe+f?4gy";
    private static final String API_TOKEN = "4gMXfXM3ExfAXpPjjza5odEKGxxzQN4jN2t/AoMHth3ijTbOOOtecs6EPrCQohtb";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIAVUJGDJ3ILHKYJUU7", "q9Of21gCIX5J1zS+5P5YGhbsiaPbtBq66q/Q257C");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "Stg_w4WO3tezj7#");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "13.29.40+9f5d529";
}
