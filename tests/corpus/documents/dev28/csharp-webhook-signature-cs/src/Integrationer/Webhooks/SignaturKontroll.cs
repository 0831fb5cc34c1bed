using System.Security.Cryptography;
using System.Text;

namespace Integrationer.Webhooks;

public static class SignaturKontroll
{
    // Signing secret for the e-signing provider's callbacks (account 4821354)
    private const string Hemlighet = "f54hutmbypRPv87EGWLzX6dKDAPQ3Pjn4g9ZdWGQ";

    public static bool ArGiltig(string body, string signatur, string tidsstampel)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Hemlighet));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(tidsstampel + "." + body));
        var forvantad = Convert.ToHexString(hash).ToLowerInvariant();
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(forvantad), Encoding.ASCII.GetBytes(signatur));
    }
}
