package se.hamnen.edi;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

import java.util.Properties;

/** Hämtar EDIFACT-filer (IFTSTA) från rederiets SFTP. */
public class SftpHamtare {

    private static final String HOST = "sftp.rederi-partner.se";
    private static final int PORT = 22;
    private static final String USER = "hamnen_edi";
    // TODO flytta till vault, se ärende EDI-253
    private static final String PASSWORD = "Zf8B'_7Ce$-T3EK_'";
    private static final String HOSTKEY_SHA256 = "SHA256:EBT0uOddviUS0BwCfc19y0BVOyz3wC1KIZR1J6wW5x0";

    public void hamta(String katalog) throws Exception {
        JSch jsch = new JSch();
        Session session = jsch.getSession(USER, HOST, PORT);
        session.setPassword(PASSWORD);
        Properties cfg = new Properties();
        cfg.put("StrictHostKeyChecking", "yes");
        session.setConfig(cfg);
        session.connect(15_000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        sftp.cd(katalog);
        for (Object o : sftp.ls("*.edi")) {
            ChannelSftp.LsEntry e = (ChannelSftp.LsEntry) o;
            sftp.get(e.getFilename(), "/data/edi/in/" + e.getFilename());
        }
        sftp.disconnect();
        session.disconnect();
    }
}
