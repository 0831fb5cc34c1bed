import java.sql.Connection;
import java.sql.DriverManager;

public class LegacyReportJob {
    private static final String URL = "jdbc:oracle:thin:@//192.168.150.5:1521/REPORTS";
    private static final String USER = "RPT_OWNER";
    private static final String PASSWORD = "B*RpIxQ2s+_6pIw_RR";
    private static final String PASSWORD_PROPERTY = "reports.db.password";
    private static final String API_SECRET = "3b726d805ba4353a039ab7281ee1a72812e288b4";

    public static Connection open() throws Exception {
        String pw = System.getProperty(PASSWORD_PROPERTY, PASSWORD);
        return DriverManager.getConnection(URL, USER, pw);
    }

    static String sftpPassword() {
        return "kaveri_cricket_sunrise16"; // vendor SFTP, expires Q3
    }
}
