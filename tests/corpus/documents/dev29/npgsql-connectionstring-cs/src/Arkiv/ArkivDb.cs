using Npgsql;

namespace Kommun.Arkiv;

public static class ArkivDb
{
    // TODO: flytta till Key Vault (arende 4471)
    private const string ConnStr =
        "Host=pg-arkiv.kommun.lan;Port=5432;Database=earkiv;Username=earkiv_app;Password=5pV7M06qL86XXBzT.EJh;SSL Mode=Require;Trust Server Certificate=true";

    public static async Task<NpgsqlConnection> OpenAsync()
    {
        var conn = new NpgsqlConnection(ConnStr);
        await conn.OpenAsync();
        return conn;
    }
}
