using Notion.Client;

namespace Intranet.Sync;

public sealed class NotionSync
{
    private readonly INotionClient _client = NotionClientFactory.Create(new ClientOptions
    {
        AuthToken = "ntn_KlWz5oBAGQf8RDFOWj23HCXHpO3ybdYsjPuRdhzbCWF0dW"
    });

    private const string NewsDatabaseId = "d922dc875b3da4c94c9a240484db7dcd";

    public async Task<IReadOnlyList<Page>> LatestNewsAsync(CancellationToken ct = default)
    {
        var query = new DatabasesQueryParameters
        {
            Filter = new CheckboxFilter("Publicerad", equal: true),
            Sorts = new List<Sort> { new() { Property = "Datum", Direction = Direction.Descending } },
            PageSize = 20
        };
        var result = await _client.Databases.QueryAsync(NewsDatabaseId, query, ct);
        return result.Results;
    }
}
