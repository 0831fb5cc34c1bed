using System;
using System.Data.SqlClient;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Corp.Billing
{
    public static class Infra
    {
        private const string ConnectionString =
            "Server=sql-billing.corp.example;Database=Billing;User Id=billing_svc;Password=onyx-sage-maple-27;Encrypt=True;";

        // AES key for the legacy invoice blobs (migrated from web.config)
        private static readonly byte[] InvoiceKey = Convert.FromBase64String("UI3jA/ZI/9O4fn79x58lRNvaPKMxWoglqvbau5oU40E=");

        public static SqlConnection Open() => new SqlConnection(ConnectionString);

        public static HttpClient Partner()
        {
            var http = new HttpClient { BaseAddress = new Uri("https://api.partner.example/") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "9JDsQq5i_x6-SeYKO_19GxKTIKVW4NjdrzBkr-fD7_dNxke64TV_r3o_bHodSQm3");
            http.DefaultRequestHeaders.Add("X-Correlation-Id", "74cade12-ecf8-44f1-8928-a11d2d20350f");
            return http;
        }

        public static string Hash(string password)
        {
            using var pbkdf2 = new Rfc2898DeriveBytes(password, 16, 210000, HashAlgorithmName.SHA256);
            return Convert.ToBase64String(pbkdf2.GetBytes(32));
        }
    }
}
