using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphSandbox;

/// <summary>The MAPI message classes Exchange gives the mail the sandbox writes.</summary>
public static class MessageClasses
{
    public const string Note = "IPM.Note";
    public const string OutOfOffice = "IPM.Note.Rules.OofTemplate.Microsoft";
    public const string NonDeliveryReport = "REPORT.IPM.Note.NDR";
}

/// <summary>Extended property ids (<c>{type} {guid} Name {name}</c>, <c>{type} 0x{tag}</c>) as Graph reads and writes them.</summary>
public static partial class ExtendedPropertyIds
{
    /// <summary>PidTagMessageClass: what tells an automatic reply or a bounce from a person's mail.</summary>
    public const string MessageClass = "String 0x001A";

    /// <summary>
    /// Graph answers a tag id in its own spelling, lower-case hex without leading zeros: asked for
    /// <c>String 0x001A</c>, it returns <c>String 0x1a</c>. Code that matches ids literally breaks on
    /// real Graph, so the sandbox answers the same way.
    /// </summary>
    public static string Canonical(string id)
    {
        var match = TagPattern().Match(id);
        return match.Success
            ? $"{match.Groups["type"].Value} 0x{int.Parse(match.Groups["tag"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture):x}"
            : id;
    }

    /// <summary>
    /// Whether two ids name the same property. The type, the GUID and a tag compare in any case, but a
    /// named property's name does not: "Filtering the string name (Name) in the id of an extended
    /// property is case-sensitive" (https://learn.microsoft.com/graph/api/singlevaluelegacyextendedproperty-get).
    /// </summary>
    public static bool Same(string a, string b) => Key(a) == Key(b);

    /// <summary>Compares property ids as <see cref="Same"/> does, so a dictionary keyed by them keeps names differing in case apart.</summary>
    public static readonly IEqualityComparer<string> Comparer = new IdComparer();

    private sealed class IdComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Same(x, y);

        public int GetHashCode(string id) => StringComparer.Ordinal.GetHashCode(Key(id));
    }

    /// <summary>One spelling per property: a named one's type and GUID normalised and its name as written; anything else canonical, in lower case.</summary>
    private static string Key(string id)
    {
        var named = NamedPattern().Match(id);
        if (!named.Success) return Canonical(id).ToLowerInvariant();
        return Guid.TryParse(named.Groups["guid"].Value, out var guid)
            ? $"{named.Groups["type"].Value.ToLowerInvariant()} {guid:D} Name {named.Groups["name"].Value}"
            : id;
    }

    [GeneratedRegex(@"^\s*(?<type>\w+)\s+(?<guid>\{?[0-9a-f-]{36}\}?)\s+Name\s+(?<name>.+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedPattern();

    [GeneratedRegex(@"^\s*(?<type>\w+)\s+0x(?<tag>[0-9a-f]{1,4})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TagPattern();
}
