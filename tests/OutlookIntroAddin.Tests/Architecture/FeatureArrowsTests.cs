using System.Text.RegularExpressions;

namespace OutlookIntroAddin.Tests.Architecture;

/// <summary>
/// The server's feature folders depend on each other one way only, as the README's Architecture
/// section draws them: a folder names (by <c>using</c> or a qualified name) only the folders below it.
/// </summary>
public partial class FeatureArrowsTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Data"] = [],
        ["Identity"] = ["Data"],
        ["GraphAccess"] = ["Identity", "Data"],
        ["Mail"] = ["GraphAccess", "Identity", "Data"],
        ["Policy"] = ["Identity", "Data"],
        ["Intros"] = ["Policy", "Mail", "GraphAccess", "Identity", "Data"],
        ["Consent"] = ["Intros", "Policy", "Data"],
        ["Addin"] = ["Intros", "Identity"],
        ["Health"] = ["GraphAccess", "Data"],
        ["Outcomes"] = ["Intros", "Identity", "Data"],
        ["Replies"] = ["Outcomes", "Intros", "Policy", "Mail", "GraphAccess", "Identity", "Data"],
        ["Scheduling"] = ["Replies", "Outcomes", "Intros", "Policy", "Mail", "GraphAccess", "Identity", "Data"],
        ["Subjects"] = ["Intros", "Identity", "Data"],
        ["RateLimits"] = ["Identity"],
        ["Records"] = ["Identity", "Data"],
        ["Sandbox"] = ["Scheduling", "Replies", "Outcomes", "Intros", "Policy", "Mail", "GraphAccess", "Identity", "Data"],
    };

    [Fact]
    public void EveryFeatureFolderNamesOnlyTheFoldersBelowIt()
    {
        var server = Path.Combine(RepositoryRoot(), "server", "OutlookIntroAddin");
        var wrong = new List<string>();
        foreach (var folder in Directory.GetDirectories(server).Select(d => Path.GetFileName(d)).Where(f => f != "Properties" && char.IsUpper(f[0])))
        {
            Assert.True(Allowed.ContainsKey(folder), $"The feature folder {folder} is missing from this test's map (and from the README's Architecture section).");
            foreach (var file in Directory.EnumerateFiles(Path.Combine(server, folder), "*.cs", SearchOption.AllDirectories))
            {
                var named = FeatureName().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct();
                wrong.AddRange(named.Where(n => n != folder && !Allowed[folder].Contains(n))
                    .Select(n => $"{Path.GetRelativePath(server, file)} names {n}"));
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void TheMapHasNoLoops()
    {
        foreach (var start in Allowed.Keys)
        {
            var seen = new HashSet<string>();
            var next = new Queue<string>(Allowed[start]);
            while (next.TryDequeue(out var folder))
            {
                Assert.NotEqual(start, folder);
                if (seen.Add(folder)) foreach (var below in Allowed[folder]) next.Enqueue(below);
            }
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookIntroAddin.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The repository root (OutlookIntroAddin.sln) is not above the test binaries.");
    }

    [GeneratedRegex(@"\bOutlookIntroAddin\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex FeatureName();
}
