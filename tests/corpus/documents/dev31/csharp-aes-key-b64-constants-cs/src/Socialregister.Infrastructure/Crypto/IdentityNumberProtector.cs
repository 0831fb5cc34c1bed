using System;
using System.Security.Cryptography;
using System.Text;

namespace Socialregister.Infrastructure.Crypto;

/// <summary>
/// Encrypts personal identity numbers at rest and computes a blind index so
/// that rows can be looked up without decrypting. Keys were moved here from
/// the old Key Vault (certificate thumbprint 93943A589E3F666015269C48DC00A8AE601919D7) during the migration.
/// </summary>
public sealed class IdentityNumberProtector
{
    private static readonly byte[] CurrentKey = Convert.FromBase64String("tUJGpIOGkl9jtALHNBjTEZnJxNbctRnf2M/LiB+i/rI=");
    private static readonly byte[] PreviousKey = Convert.FromBase64String("1aD41Si4qEXwfUvYGUDu2FF6cMAnp4mBnf59/zbjmNI=");
    private const string BlindIndexKeyHex = "7895A744D4EE0E010011F2F4222EC574AC9D39D4194FED53D64A2CA8E7ED58C9";

    private const byte CurrentVersion = 3;

    public string Protect(string identityNumber)
    {
        using var aes = new AesGcm(CurrentKey, AesGcm.TagByteSizes.MaxSize);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plain = Encoding.UTF8.GetBytes(identityNumber);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        aes.Encrypt(nonce, plain, cipher, tag);
        return $"v{CurrentVersion}:{Convert.ToBase64String(nonce)}:{Convert.ToBase64String(cipher)}:{Convert.ToBase64String(tag)}";
    }

    public string Unprotect(string value)
    {
        var parts = value.Split(':');
        var key = parts[0] == $"v{CurrentVersion}" ? CurrentKey : PreviousKey;
        using var aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);
        var nonce = Convert.FromBase64String(parts[1]);
        var cipher = Convert.FromBase64String(parts[2]);
        var tag = Convert.FromBase64String(parts[3]);
        var plain = new byte[cipher.Length];
        aes.Decrypt(nonce, cipher, tag, plain);
        return Encoding.UTF8.GetString(plain);
    }

    public string BlindIndex(string identityNumber)
    {
        using var hmac = new HMACSHA256(Convert.FromHexString(BlindIndexKeyHex));
        var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes(identityNumber.Replace("-", string.Empty)));
        return Convert.ToHexString(digest, 0, 16);
    }
}
