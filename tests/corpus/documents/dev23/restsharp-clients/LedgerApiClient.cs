using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using RestSharp;
using RestSharp.Authenticators;

namespace Kassa.Integrations.Ledger
{
    public sealed class LedgerApiClient : IDisposable
    {
        // Issued 2026-01-09 for the nightly export job; expires with the tenant licence.
        private const string ExportJobToken =
            "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImZiYTFiNDFlIn0.eyJpc3MiOiJodHRwczovL2xvZ2luLmJva2ZvcmluZy1tb2xuZXQuc2UiLCJzdWIiOiI3NGVhYTg2Ny04ZTVkLTQ5ZWMtYWU3Mi1hYjA3ODFlNWEyMzAiLCJhdWQiOiJsZWRnZXIiLCJpYXQiOjE3NzA0MjU0MzAsImV4cCI6MTc3MDQyNjMzMCwic2NvcGUiOiJsZWRnZXIucmVhZCBsZWRnZXIud3JpdGUiLCJ0ZW5hbnQiOiI0NDcxIn0.yeXiZQ6pDGCBC-jFpinKmk5CUaEXLyVEjhfGajy-kGThOPkTWro33usqN5qPG82JudUPcOOeEaCr1qageHzXnV-uDbs5VGli1dME7OgaAUVHL-l6vruvcIKs7DLJ0WFAH1Sa35OFF6N3zCjHESVSSEq-X1MQSgLURcsTHGsvTKoFgkXL78fGC5j3R-ujvryVKO7V_P4jXZ64oKjLmj-ppNwLYQLJIUcDAnwjfWCK210yZLrj0KOhRKBnmTTVTJQB0x1BImSlY4lEwG82iqErCDhAs9p5CnWJREYbbWtfI6k2D2Sz5rSHW6dSQsl2_ZuLPkI_VJTC2LHwbFg3hnlqQg";

        private const string AttachmentServiceToken = "pAOAROScb71tPYOMiCdMNBMSSwU6JNzVD9OUR5acQ0rb0TvC";

        private readonly RestClient _client;
        private readonly ILogger<LedgerApiClient> _log;

        public LedgerApiClient(ILogger<LedgerApiClient> log)
        {
            _log = log;
            var options = new RestClientOptions("https://api.bokforing-molnet.se/v2")
            {
                Authenticator = new JwtAuthenticator(ExportJobToken),
                Timeout = TimeSpan.FromSeconds(30),
                ThrowOnAnyError = false,
            };
            _client = new RestClient(options);
        }

        public async Task<VoucherPage?> GetVouchersAsync(DateOnly from, string? cursor, CancellationToken ct)
        {
            var req = new RestRequest("vouchers")
                .AddQueryParameter("from", from.ToString("yyyy-MM-dd"))
                .AddQueryParameter("limit", "500");
            if (cursor != null) req.AddQueryParameter("cursor", cursor);
            var resp = await _client.ExecuteGetAsync<VoucherPage>(req, ct);
            if (!resp.IsSuccessful)
                _log.LogWarning("vouchers {Status}: {Body}", resp.StatusCode, resp.Content);
            return resp.Data;
        }

        public async Task<byte[]?> DownloadAttachmentAsync(string id, CancellationToken ct)
        {
            var req = new RestRequest($"https://files.bokforing-molnet.se/attachments/{id}");
            req.AddHeader("Authorization", $"Bearer {AttachmentServiceToken}");
            return await _client.DownloadDataAsync(req, ct);
        }

        public void Dispose() => _client.Dispose();
    }
}
