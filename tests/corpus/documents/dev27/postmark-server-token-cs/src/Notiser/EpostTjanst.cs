using PostmarkDotNet;

namespace Bokning.Notiser;

public sealed class EpostTjanst
{
    // Server API token (Servers > Bokning > API Tokens). Account token is NOT needed here.
    private const string ServerToken = "6e5d068a-c507-466c-92c2-7a3606db8e7d";
    private static readonly PostmarkClient Client = new(ServerToken);

    public async Task SkickaBekraftelse(string till, string namn, DateTime tid)
    {
        var msg = new TemplatedPostmarkMessage
        {
            From = "hr@frisorsalongen-lyktan.se",
            To = till,
            TemplateAlias = "bekraftelse",
            TemplateModel = new { namn, tid = tid.ToString("yyyy-MM-dd HH:mm") },
            MessageStream = "outbound"
        };
        var res = await Client.SendEmailWithTemplateAsync(msg);
        if (res.Status != PostmarkStatus.Success)
            throw new InvalidOperationException(res.Message);
    }
}
