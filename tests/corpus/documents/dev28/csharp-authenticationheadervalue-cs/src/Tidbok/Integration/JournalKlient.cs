using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Tidbok.Integration;

public sealed class JournalKlient
{
    private readonly HttpClient _http;

    public JournalKlient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://journal-api.vardgivare-nord.se/");
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", "7d8636d212f17a2d6b1f9a576e1166d57ede69ef6e219892c4ff0575c6836bfa");
        _http.DefaultRequestHeaders.Add("X-Api-Version", "2024-10-01");
    }

    public Task<HttpResponseMessage> BokaAsync(object bokning) =>
        _http.PostAsJsonAsync("tidbok/bokningar", bokning);

    // Vårdenhetens HSA-id skickas i klartext: SE9012703975-2RE6
}
