using System.Text.RegularExpressions;

namespace GraphSandbox;

/// <summary>
/// The OData query options the product uses on messages. Anything else is refused with 400 rather
/// than ignored, so code that relies on an option the sandbox does not honour fails loudly here.
/// </summary>
internal sealed partial record MessageQuery(
    IReadOnlySet<string>? Select,
    IReadOnlyList<string> ExpandPropertyIds,
    (string Id, string Value)? PropertyFilter,
    int Top,
    int Skip,
    string OrderBy,
    bool Descending)
{
    /// <summary>Graph's default page size for messages.</summary>
    public const int DefaultTop = 10;

    private static readonly HashSet<string> ItemOptions = ["$select", "$expand"];
    private static readonly HashSet<string> CollectionOptions = ["$select", "$expand", "$filter", "$top", "$skip", "$orderby", "$count"];

    /// <summary>Delta takes these on its first call; the tokens carry them from then on.</summary>
    private static readonly HashSet<string> DeltaOptions = ["$select", "$expand", "$top", "$deltatoken", "$skiptoken"];

    /// <summary>Whether the ids in the answer are immutable ids (<c>Prefer: IdType="ImmutableId"</c>).</summary>
    public bool ImmutableIds { get; init; }

    public static MessageQuery Parse(HttpRequest request, bool collection) =>
        Parse(request.Query, collection ? CollectionOptions : ItemOptions) with { ImmutableIds = SandboxIds.PrefersImmutable(request) };

    public static MessageQuery ParseDelta(IQueryCollection query) => Parse(query, DeltaOptions);

    private static MessageQuery Parse(IQueryCollection query, HashSet<string> allowed)
    {
        foreach (var key in query.Keys.Where(k => k.StartsWith('$')))
        {
            if (!allowed.Contains(key.ToLowerInvariant()))
                throw GraphErrors.BadRequest($"Query option '{key}' is not supported by the Graph sandbox here.");
        }
        var select = Option(query, "$select") is { } s
            ? s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToHashSet(StringComparer.OrdinalIgnoreCase)
            : null;
        var (orderBy, descending) = ParseOrderBy(Option(query, "$orderby"));
        return new MessageQuery(
            select,
            ParseExpand(Option(query, "$expand")),
            ParseFilter(Option(query, "$filter")),
            ParseInt(query, "$top", DefaultTop, 1, 1000),
            ParseInt(query, "$skip", 0, 0, int.MaxValue),
            orderBy,
            descending);
    }

    private static string? Option(IQueryCollection query, string name) =>
        query.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value.ToString()
            is { Length: > 0 } value ? value : null;

    private static int ParseInt(IQueryCollection query, string name, int fallback, int min, int max) =>
        Option(query, name) is not { } text ? fallback
        : int.TryParse(text, out var value) && value >= min && value <= max ? value
        : throw GraphErrors.BadRequest($"Invalid value '{text}' for {name}.");

    private static (string Id, string Value)? ParseFilter(string? filter)
    {
        if (filter is null)
            return null;
        var match = PropertyFilterPattern().Match(filter);
        return match.Success
            ? (Unquote(match.Groups["id"].Value), Unquote(match.Groups["value"].Value))
            : throw GraphErrors.BadRequest(
                $"The Graph sandbox only supports $filter=singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…'), not: {filter}");
    }

    private static List<string> ParseExpand(string? expand)
    {
        if (expand is null)
            return [];
        var match = ExpandPattern().Match(expand);
        if (!match.Success)
            throw GraphErrors.BadRequest(
                $"The Graph sandbox only supports $expand=singleValueExtendedProperties($filter=id eq '…'), not: {expand}");
        return match.Groups["id"].Captures.Select(c => Unquote(c.Value)).ToList();
    }

    private static (string, bool) ParseOrderBy(string? orderBy)
    {
        if (orderBy is null)
            return ("receivedDateTime", true); // newest first, as Graph lists a folder
        var match = OrderByPattern().Match(orderBy);
        return match.Success
            ? (match.Groups["field"].Value, !string.Equals(match.Groups["dir"].Value, "asc", StringComparison.OrdinalIgnoreCase))
            : throw GraphErrors.BadRequest($"The Graph sandbox cannot order by '{orderBy}'.");
    }

    /// <summary>OData doubles a quote inside a string literal.</summary>
    private static string Unquote(string literal) => literal.Replace("''", "'");

    [GeneratedRegex(@"^\s*singleValueExtendedProperties/any\(\s*(?<v>\w+)\s*:\s*\k<v>/id\s+eq\s+'(?<id>(?:[^']|'')*)'\s+and\s+\k<v>/value\s+eq\s+'(?<value>(?:[^']|'')*)'\s*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PropertyFilterPattern();

    [GeneratedRegex(@"^\s*singleValueExtendedProperties\s*\(\s*\$filter\s*=\s*\(?\s*id\s+eq\s+'(?<id>(?:[^']|'')*)'\s*\)?(?:\s+or\s+\(?\s*id\s+eq\s+'(?<id>(?:[^']|'')*)'\s*\)?)*\s*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExpandPattern();

    [GeneratedRegex(@"^\s*(?<field>createdDateTime|receivedDateTime|sentDateTime|lastModifiedDateTime)(?:\s+(?<dir>asc|desc))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OrderByPattern();
}
