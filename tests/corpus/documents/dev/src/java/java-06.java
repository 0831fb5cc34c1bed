package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=svc_orders;password=Rz7JsrSTQqVb;encrypt=true";
    private static final String SMTP_PASSWORD = "TE%krGf3&BvT4LTy";
    private static final String API_TOKEN = "vvPCnaRJcn41HW7tI2Hj5floOY3t4wpMIzVz+filC+E=";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIASFBWB5J6RDRRY6Z3", "p9Ur7xMLSBUuIUgj5uQm0lxqwmiDjXYaJpI40u2G");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "Root_yxYRDxzPlX!");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "7.10.38+1d500eb";
}
