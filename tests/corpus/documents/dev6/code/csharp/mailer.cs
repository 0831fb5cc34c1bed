namespace Contoso.Storage
{
    public static class GatewaySettings
    {
        public const string ApiKey = "chEWkcf0Qa5reBviuoUT4h0VmSw17nz";
        public static readonly string SigningKey = "CcO8bq7MEubGqgGWZgeSFPWc+xl67t5G0brCtsOHo44=";
        public static string ClientId { get; } = "86230104-44db-40b9-a181-6ad1e43d4cf8";
        public static string ClientSecret { get; set; } = Environment.GetEnvironmentVariable("CLIENT_SECRET") ?? "CFPAT-3SLpAJ7j5Ipwk833h84hw_CL9ZwoVwzNBWapUB8-1CG";
        // "ApiKey": "xxxxxxxxxxxxxxxxxxxxxxxx" in appsettings.Development.json
        internal const string SourceRevision = "a6c0cde9358b1373bd37896e46a659043d90d745";
    }
}
