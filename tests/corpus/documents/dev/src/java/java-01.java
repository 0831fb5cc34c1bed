package io.brightlane.orders.config;

import java.sql.Connection;
import java.sql.DriverManager;
import com.amazonaws.auth.BasicAWSCredentials;

public final class LegacyConnections {
    private static final String URL = "jdbc:sqlserver://sql-prod.internal:1433;databaseName=orders;user=jenkins;password=.IH&b#R?rQ68NE^;encrypt=true";
    private static final String SMTP_PASSWORD = "Pr0d_xU2XPDVTDE$";
    private static final String API_TOKEN = "ab1f885f-0042-2b1d-3c0d-3afdb483445cVRxDTYIt";

    // TODO move to vault
    static BasicAWSCredentials aws() {
        return new BasicAWSCredentials("AKIA4TKWRGJQIMWT622O", "jAjR0abjNVnQmW+k7gGxfK1BmUrrPRS3vh7l39dn");
    }

    static Connection report() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.0.4.21:3306/reports", "report_ro", "bjbil7zmJwojr$78");
    }

    static Connection fromEnv() throws Exception {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", password);
    }

    static final String ORACLE_DEMO = "jdbc:oracle:thin:scott/tiger@localhost:1521:XE"; // Oracle sample schema
    static final long CLAUSE = 2522277013L; // DFARS 252.227-7013
    static final String BUILD = "19.15.43+85171d3";
}
