package se.akeri.lon;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

/** Exports the monthly payroll file to the payroll bureau and mails a receipt. */
public class LonefilExport {

    private static final String DB_URL = "jdbc:sqlserver://sql01.akeri.lan:1433;databaseName=Tid;encrypt=true;trustServerCertificate=true";

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(DB_URL, "lon_ro", "wGFklNDs1zlJgpk7")) {
            new PayrollFileWriter(c).write("/tmp/lon-" + args[0] + ".txt");
        }

        JSch jsch = new JSch();
        Session s = jsch.getSession("akeri-hallands", "sftp.lonebyran.se", 22);
        s.setPassword("3bIUf8eeh_dd");
        s.setConfig("StrictHostKeyChecking", "yes");
        s.connect(15_000);
        ChannelSftp sftp = (ChannelSftp) s.openChannel("sftp");
        sftp.connect();
        sftp.put("/tmp/lon-" + args[0] + ".txt", "/in/lon-" + args[0] + ".txt");
        sftp.disconnect();
        s.disconnect();

        Properties p = new Properties();
        p.put("mail.smtp.starttls.enable", "true");
        jakarta.mail.Session ms = jakarta.mail.Session.getInstance(p);
        MimeMessage m = new MimeMessage(ms);
        m.setFrom(new InternetAddress("lon-export@akeri-hallands.se"));
        m.setRecipients(Message.RecipientType.TO, "ekonomi@example.org");
        m.setSubject("Lönefil " + args[0] + " skickad");
        m.setText("Filen är överförd till lönebyrån.");
        Transport t = ms.getTransport("smtp");
        t.connect("smtp.akeri-hallands.se", 587, "lon-export@akeri-hallands.se", "hose!nini!Ramo13");
        t.sendMessage(m, m.getAllRecipients());
        t.close();
    }
}
