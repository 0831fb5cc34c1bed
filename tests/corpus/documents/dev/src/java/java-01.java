package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=ci-bot;password=Falcon#7746Juniper;encrypt=true";
    private static final String SMTP_PASSWORD = "1B0byeSugHmE6g";
    private static final String API_TOKEN = "feplb02xbjpe4su68lhwp1abrpowivxaqxil9kjjo54o5erdtl";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("ASIADYPFURMJW45LAW75", "iYk2qj005MIrSmUwVy9OGzNYXG1X+UebnEMw2t6a");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "Root_VBpeVaevyq!");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "11.30.8+7c1942a";
}
