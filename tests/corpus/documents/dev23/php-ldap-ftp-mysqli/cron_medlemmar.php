<?php
// cron_medlemmar.php — nattlig synk av medlemsregistret (körs 03:10 från cron)
require __DIR__ . '/vendor/autoload.php';

use PHPMailer\PHPMailer\PHPMailer;

$db = mysqli_connect('localhost', 'medlem_web', 'L-uIgJL2!=f+M', 'forening');
mysqli_set_charset($db, 'utf8mb4');

$ds = ldap_connect('ldaps://ldap.idrottsforbundet-region.se');
ldap_set_option($ds, LDAP_OPT_PROTOCOL_VERSION, 3);
if (!ldap_bind($ds, 'uid=forening-4471,ou=klubbar,dc=idrottsforbundet-region,dc=se', 'nlG9mzIkqs6tlEGLI3ooxbd3')) {
    error_log('LDAP bind misslyckades: ' . ldap_error($ds));
    exit(1);
}

$ftp = ftp_ssl_connect('ftp.licenssystemet.se');
ftp_login($ftp, 'klubb4471', 'skog_urchin_Fjall49');
ftp_pasv($ftp, true);
ftp_get($ftp, '/tmp/licenser.csv', '/export/klubb4471/licenser.csv', FTP_BINARY);
ftp_close($ftp);

// ... import av licenser.csv ...

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'smtp.webbhotell-norr.se';
$mail->SMTPAuth = true;
$mail->Username = 'noreply@webbhotell-norr.example';
$mail->Password = 'Cofe.pihi.Ruzo70';
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
$mail->Port = 587;
$mail->setFrom('noreply@webbhotell-norr.example', 'Föreningen');
$mail->addAddress('kansli@webbhotell-norr.example');
$mail->Subject = 'Licenssynk klar';
$mail->Body = 'Importen är klar.';
$mail->send();
