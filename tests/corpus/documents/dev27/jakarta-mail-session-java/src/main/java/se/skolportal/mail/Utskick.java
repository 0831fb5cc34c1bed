package se.skolportal.mail;

import jakarta.mail.*;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

public final class Utskick {

    private static final String SMTP_USER = "utskick@skolportalen-vast.se";
    private static final String SMTP_PASS = "Kaffeetasse_Eichhornchen_5100?";

    private static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.office365.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, SMTP_PASS);
            }
        });
    }

    public static void skicka(String till, String amne, String text) throws MessagingException {
        MimeMessage m = new MimeMessage(session());
        m.setFrom(new InternetAddress(SMTP_USER));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(till));
        m.setSubject(amne, "UTF-8");
        m.setText(text, "UTF-8");
        Transport.send(m);
    }

    /** Legacy IMAP poll of the bounce mailbox. */
    public static Store bounces() throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imaps");
        store.connect("outlook.office365.com", "studsar@skolportalen-vast.se", "1*buxv3Ntp*~Lac");
        return store;
    }
}
