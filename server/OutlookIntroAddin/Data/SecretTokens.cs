using System.Security.Cryptography;
using System.Text;

namespace OutlookIntroAddin.Data;

/// <summary>
/// Random 256-bit tokens that stand for a right in a link (a consent link, a download link): the link
/// carries the token, the database only its SHA-256 hash, so a copy of the database opens nothing.
/// </summary>
public static class SecretTokens
{
    /// <summary>A new token, URL-safe base64 without padding.</summary>
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
