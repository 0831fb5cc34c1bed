using System.Net.Http.Headers;

namespace Wayne.Integrations;

public sealed class CrmClient
{
    private const string ClientSecret = "3gaGOsanY_x3veHR6_TkQkM7HQpgSsifncFmvyzM";
    private const string ConnectionString = "Server=sql01;Database=Crm;User Id=crm_app;Password=OrchidTaGRQs86;TrustServerCertificate=True";
    private readonly HttpClient _http = new();

    public CrmClient()
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL3Nzby5wYXluZXh0LmlvL3JlYWxtcy9wcm9kIiwic3ViIjoiNDk5MTczNjUyODIyNzM3NzMyMTc1IiwiYXVkIjoiNjEwNmRhOTdiZjEyNGRiZmNhOTUwNWE2MmNjNzQ4YzYiLCJpYXQiOjE3NDYyMDk4NDMsImV4cCI6MTc0NjIxMzQ0Mywic2NvcGUiOiJyZWFkOm9yZGVycyB3cml0ZTpvcmRlcnMifQ.jmy7b-F5CWValBH5haHC2nMk5asUalgHfpk9CNuPo-o");
        _http.DefaultRequestHeaders.Add("X-Correlation-Id", "8e4e4762-d9d1-4fd6-a01f-458bee07c0d8");
    }

    public string PasswordPolicy => "min 12 chars";
}
