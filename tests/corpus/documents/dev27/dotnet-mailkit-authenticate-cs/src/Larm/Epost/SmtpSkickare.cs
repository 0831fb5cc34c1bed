using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Larm.Epost;

public static class SmtpSkickare
{
    private const string Server = "smtp.larmcentralen-ost.se";
    private const string Anvandare = "larm-utskick";
    private const string Losenord = "03KIo\\l&toG#qnLC";

    public static async Task SkickaAsync(string till, string amne, string text)
    {
        var msg = new MimeMessage();
        msg.From.Add(new MailboxAddress("Larmcentralen", "ops@larmcentralen-ost.se"));
        msg.To.Add(MailboxAddress.Parse(till));
        msg.Subject = amne;
        msg.Body = new TextPart("plain") { Text = text };

        using var client = new SmtpClient();
        await client.ConnectAsync(Server, 587, SecureSocketOptions.StartTls);
        await client.AuthenticateAsync(Anvandare, Losenord);
        await client.SendAsync(msg);
        await client.DisconnectAsync(true);
    }
}
