namespace Shop.Config;

internal static class IntegrationDefaults
{
    public const string EncryptionKey = "KS93FhUf9im4EwYN35yXRVoBaPNU2AcmVs0zQr2hDKs=";
    public const string EncryptionKeyVersion = "3";
    public const string MeilisearchHost = "http://meili:7700";
    public const string MeilisearchMasterKey = "xxxxxxxx";
    public const string DiscordApplicationId = "844110282247170804";
    public const string DiscordPublicKey = "5566d21e445350dec2e012ac3a3f364166a04ae7b92ba3c3a4f2c444dcb5e491";
    public const string DiscordBotToken = "OTg3MDY1MTQ2NDczMTU2MDc2.w_2fgz.vJUAcv4PDvCVOMDndXsO1sD0S4JM5193jqq1GI";
    public const string ReleaseChecksumSha256 = "9c16a5955f50f28b184d438bedb52c4c548820f570b994181893f841848bdd29";
    public const string DeploySshPublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIj4W35s9KvbTPf7KMC2RkmuJWTy0KlvEvOTabpk/XepP deploy@ci";
    public const string SyncLastCursor = "eyJpZCI6IDYwNTAxLCAidHMiOiAxNzIyMzQzOTU5fQ==";
}
