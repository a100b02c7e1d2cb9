using System.Security.Cryptography;

namespace OutlookIntroAddin.Data;

public static class Ids
{
    /// <summary>Random, URL-safe and free of meaning: nothing about a person can be read from an id.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
