using System.Text.Json;
using System.Text.Json.Serialization;
using OutlookIntroAddin.Replies;

namespace OutlookIntroAddin.Tests.Replies.Scoring;

/// <summary>One labelled reply of corpus/replies.jsonl (see corpus/README.md).</summary>
public sealed record CorpusItem(
    string Id, string Language, string Label, DateOnly? Until, string Subject, string Body, bool BodyIsHtml,
    IReadOnlyList<CorpusHeader> Headers, string? MessageClass, string From, CorpusSource Source, string Note)
{
    /// <summary>The corpus' "today": every relative date in it is counted from here.</summary>
    public static readonly DateOnly ReferenceDate = new(2025, 10, 15);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public IncomingReply ToReply() =>
        new(Subject, Body, BodyIsHtml, [.. Headers.Select(h => KeyValuePair.Create(h.Name, h.Value))], MessageClass, From);

    public static IReadOnlyList<CorpusItem> Load() => Load(Path.Combine(RepositoryRoot(), "tests", "OutlookIntroAddin.Tests", "Replies", "corpus", "replies.jsonl"));

    public static IReadOnlyList<CorpusItem> Load(string path) =>
        [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<CorpusItem>(l, Json)
            ?? throw new InvalidDataException($"An empty line in {path}"))];

    /// <summary>The checkout this code runs from: the corpus is read in place, not copied to the output.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OutlookIntroAddin.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("OutlookIntroAddin.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record CorpusHeader(string Name, string Value);

public sealed record CorpusSource(string Ref, string Title);
