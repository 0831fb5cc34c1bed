package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=report_ro;password=correct-summit-staple-biscuit66;encrypt=true";
    private static final String SMTP_PASSWORD = "67URyOs4ig7JaD@ZU";
    private static final String API_TOKEN = "6l5xx4bt8uaf820j1bgo36zqlvs3xhwwe2yfbjx159rujdk7cb";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("ASIACHKJHMY5WZYFJ23U", "OZ0G7zmbCEq4WpWmaHTMKeszbiiC4dHoWeF7TMCE");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "4O8dBxsBMU87RxGyx8Z");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "17.34.50+70769eb";
}
