using System.DirectoryServices.Protocols;
using System.IO;
using System.Net;
using System.Net.Mail;
using Microsoft.Data.SqlClient;

namespace Skolverktyg.Sync
{
    internal static class FileShareSync
    {
        // the NAS is not domain joined, so a local account is used
        private static readonly NetworkCredential NasCred = new NetworkCredential("syncuser", "N.ex?@gu5xbza#2_r@e", "NAS02");

        public static void Run()
        {
            using var ldap = new LdapConnection(new LdapDirectoryIdentifier("dc01.skolverktyg.lan", 636))
            {
                AuthType = AuthType.Basic,
                Credential = new NetworkCredential("CN=svc-sync,OU=Service,DC=skolverktyg,DC=lan", "gUOgn5G3rHVR1H2hSAo0G5w"),
            };
            ldap.SessionOptions.SecureSocketLayer = true;
            ldap.Bind();

            const string cs = "Server=sql02.skolverktyg.lan;Database=Elevregister;User Id=sync_rw;Password=sode!Jitu!sera52;TrustServerCertificate=True;";
            using var db = new SqlConnection(cs);
            db.Open();

            var req = (FtpWebRequest)WebRequest.Create("ftp://nas02.skolverktyg.lan/exports/elever.csv");
            req.Method = WebRequestMethods.Ftp.UploadFile;
            req.Credentials = NasCred;
            using (var s = req.GetRequestStream())
                File.OpenRead(@"C:\Temp\elever.csv").CopyTo(s);

            using var smtp = new SmtpClient("smtp.skolverktyg.lan", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("sync-noreply", "5kj098MutUnPZ%+EI4"),
            };
            smtp.Send("sync-noreply@example.org", "it@example.org", "Elevsynk klar", "OK");
        }
    }
}
