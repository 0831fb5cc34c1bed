using Flurl;
using Flurl.Http;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Lager.Sync
{
    /// <summary>Pushes stock levels to the CRM and to the web shop.</summary>
    public static class InventorySync
    {
        static readonly string CrmBase = "https://api.hubapi.com";
        static readonly string ShopBase = "https://admin.trädgårdsbutiken.se/api";

        public static async Task PushToCrmAsync(IEnumerable<StockLevel> levels)
        {
            foreach (var chunk in levels.Chunk(100))
            {
                await CrmBase
                    .AppendPathSegments("crm", "v3", "objects", "products", "batch", "update")
                    .WithOAuthBearerToken("pat-na1-6bb41b99-09ae-469a-b76b-e8d6b3ef8167")
                    .WithTimeout(20)
                    .PostJsonAsync(new
                    {
                        inputs = chunk.Select(l => new { id = l.CrmId, properties = new { stock_level = l.Quantity } })
                    });
            }
        }

        public static async Task PushToShopAsync(IEnumerable<StockLevel> levels)
        {
            var result = await ShopBase
                .AppendPathSegment("stock")
                .WithHeader("Authorization", "Bearer 68adf1fb8301a2ceca39f497606b676a9884aa9c850b3badf03556fda1121ad3")
                .WithHeader("X-Shop-Id", "tradgard-se")
                .AllowHttpStatus(409)
                .PutJsonAsync(levels.Select(l => new { sku = l.Sku, qty = l.Quantity }));
            if (result.StatusCode == 409)
            {
                // conflict: a manual stock take is running in the shop admin; try again next run
            }
        }
    }
}
