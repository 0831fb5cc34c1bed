using Azure.Storage;
using Azure.Storage.Blobs;
using Microsoft.Data.SqlClient;

namespace Example.Storage
{
    public static class Storage03
    {
        // local emulator: UseDevelopmentStorage=true
        private const string ConnectionString =
            "DefaultEndpointsProtocol=https;AccountName=stapp932;AccountKey=SxXy+aw48HJKWsglm9cNwaMRzEFzqzkg7BlaTJPZy/a3Rydg+Ddg1rkGP7G+/U3IWCoCgyj9bRKzm208Qi8NEw==;EndpointSuffix=core.windows.net";

        private const string Sql = @"Server=tcp:sql.example.com,1433;Database=users;User Id=svc_app;Password=nebula-bronze-thunder-garnet-silver;Encrypt=True;";

        public static BlobServiceClient Blobs() => new BlobServiceClient(ConnectionString);

        public static BlobServiceClient WithKey(string accountName, string accountKey) =>
            new BlobServiceClient(new System.Uri($"https://{accountName}.blob.core.windows.net"),
                                  new StorageSharedKeyCredential(accountName, accountKey));

        public static SqlConnection Db() => new SqlConnection(Sql);
    }
}
