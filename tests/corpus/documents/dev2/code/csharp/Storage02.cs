using Azure.Storage;
using Azure.Storage.Blobs;
using Microsoft.Data.SqlClient;

namespace Example.Storage
{
    public static class Storage02
    {
        // local emulator: UseDevelopmentStorage=true
        private const string ConnectionString =
            "DefaultEndpointsProtocol=https;AccountName=stapp635;AccountKey=MYlzyix7MsOVx75/OFH6gQRr2bWXaX6f0zaNLAe6gMQxv6Y5CP3UtV+h0DxtFNRuaLrrkSHAcwEH14xxwK/L5w==;EndpointSuffix=core.windows.net";

        private const string Sql = @"Server=tcp:sql.example.com,1433;Database=users;User Id=svc_app;Password=juniper.bison.silver.lilac;Encrypt=True;";

        public static BlobServiceClient Blobs() => new BlobServiceClient(ConnectionString);

        public static BlobServiceClient WithKey(string accountName, string accountKey) =>
            new BlobServiceClient(new System.Uri($"https://{accountName}.blob.core.windows.net"),
                                  new StorageSharedKeyCredential(accountName, accountKey));

        public static SqlConnection Db() => new SqlConnection(Sql);
    }
}
