using System.Security.Cryptography;
using System.Text;

namespace Integrations.Kassa;

public static class KassaSigner
{
    private const string ClientId = "cee04041-0cc7-4f02-bd80-e07196df1a25";
    private static readonly byte[] Secret = Convert.FromBase64String("slbPV5iovZ6tRLbJ0xsxu+i/8cRq90k0ZWJ2r96h8yw=");

    public static string Sign(string method, string path, string body, long unixTime)
    {
        var message = $"{ClientId}\n{method}\n{path}\n{unixTime}\n{body}";
        using var hmac = new HMACSHA256(Secret);
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(message))).ToLowerInvariant();
    }
}
