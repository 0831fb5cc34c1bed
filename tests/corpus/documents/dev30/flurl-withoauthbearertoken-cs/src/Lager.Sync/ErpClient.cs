using Flurl;
using Flurl.Http;

namespace Lager.Sync;

public class ErpClient
{
    private const string BaseUrl = "https://erp.lagerhuset.se/api/v2";
    private const string Token = "eae0533316d7cae9af044a148003c3629477f262";

    public Task<List<Artikel>> HamtaArtiklarAsync(DateTime sedan) =>
        BaseUrl.AppendPathSegment("artiklar")
            .SetQueryParam("andradSedan", sedan.ToString("o"))
            .WithOAuthBearerToken(Token)
            .GetJsonAsync<List<Artikel>>();

    public Task RapporteraSaldoAsync(Saldo saldo) =>
        BaseUrl.AppendPathSegment("saldon")
            .WithOAuthBearerToken("qgmEFaNsCzxAvKosRHvW1jpsUHNXLpWhNL0UZ9merppJ2c680cwAL155DlLu0yfs")
            .PostJsonAsync(saldo);
}
