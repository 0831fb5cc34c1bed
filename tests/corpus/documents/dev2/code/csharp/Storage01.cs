using Azure.Storage;
using Azure.Storage.Blobs;
using Microsoft.Data.SqlClient;

namespace Example.Storage
{
    public static class Storage01
    {
        // local emulator: UseDevelopmentStorage=true
        private const string ConnectionString =
            "DefaultEndpointsProtocol=https;AccountName=stapp379;AccountKey=d3aMv/doLoRqwLOuCMI+/Wbz18rTggoW+7pVciBrnEeWXtI49SqnXFFAKAGmAM+4gPCU8XYRRmuj4lT4nC+chA==;EndpointSuffix=core.windows.net";

        private const string Sql = @"Server=tcp:sql.example.com,1433;Database=users;User Id=svc_app;Password=marbleDragon2292;Encrypt=True;";

        public static BlobServiceClient Blobs() => new BlobServiceClient(ConnectionString);

        public static BlobServiceClient WithKey(string accountName, string accountKey) =>
            new BlobServiceClient(new System.Uri($"https://{accountName}.blob.core.windows.net"),
                                  new StorageSharedKeyCredential(accountName, accountKey));

        public static SqlConnection Db() => new SqlConnection(Sql);
    }
}
