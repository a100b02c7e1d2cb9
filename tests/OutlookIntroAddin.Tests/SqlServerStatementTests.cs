using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using OutlookIntroAddin.Tests.Architecture;

namespace OutlookIntroAddin.Tests;

/// <summary>
/// No SQL Server runs where these tests run, so what SQL Server would be sent is parsed here with
/// SQL Server's own parser: every T-SQL migration, and every SQL literal in the server's source that
/// can reach SQL Server. The literals are found in the source itself, so a statement added tomorrow
/// is checked tomorrow: a literal passed as <c>portable:</c> to <c>Db.Dialect</c> (its T-SQL sibling
/// is the <c>sqlServer:</c> one beside it) or run only under <c>DatabaseProvider.Sqlite</c> or
/// <c>Postgres</c> is left out; every other one is SQL Server's too. Fragments that a method joins
/// into a statement (<c>" AND …"</c>, <c>"SET …"</c>) are parsed inside a minimal statement of their kind.
/// </summary>
public partial class SqlServerStatementTests
{
    [Fact]
    public void EveryTSqlMigrationParses()
    {
        var folder = Path.Combine(Server(), "Data", "Migrations", "sqlserver");
        var failures = Directory.GetFiles(folder, "*.sql").Order()
            .SelectMany(file => Errors(File.ReadAllText(file)).Select(e => $"{Path.GetFileName(file)}: {e}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void SqlServerHasEveryMigrationThePostgresSchemaHas()
    {
        string[] Names(string provider) => Directory.GetFiles(Path.Combine(Server(), "Data", "Migrations", provider), "*.sql")
            .Select(Path.GetFileName).Order().ToArray()!;
        Assert.Equal(Names("postgres"), Names("sqlserver"));
    }

    [Fact]
    public void EveryStatementThatCanReachSqlServerParsesAsTSql()
    {
        var statements = Statements();
        Assert.True(statements.Count > 100, $"Only {statements.Count} statements were found in the server's source.");
        var failures = statements
            .Select(s => (s, errors: BestParse(s)))
            .Where(x => x.errors.Count > 0)
            .Select(x => $"{x.s.Where}: {string.Join("; ", x.errors)}\n    {Flat(x.s.Text)}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {statements.Count} statements do not parse as T-SQL:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void NoStatementThatReachesSqlServerUsesWhatTSqlLacks()
    {
        var failures = Statements()
            .SelectMany(s => Lacking(s.Text).Select(what => $"{s.Where}: {what}\n    {Flat(s.Text)}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private sealed record Statement(string File, int Line, string Text, IReadOnlyList<string?> Holes)
    {
        public string Where => $"{File}:{Line}";
    }

    private static readonly string[] StatementStarts =
        ["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH", "DECLARE", "IF", "CREATE", "ALTER", "DROP", "EXEC"];

    /// <summary>Fragment starts, and the statement that puts each where it belongs.</summary>
    private static readonly (string Start, string Before)[] FragmentStarts =
    [
        ("SET", "UPDATE t "), ("WHERE", "SELECT 1 FROM t "), ("ORDER BY", "SELECT 1 FROM t "), ("JOIN", "SELECT 1 FROM t "),
        ("LEFT JOIN", "SELECT 1 FROM t "), ("FROM", "SELECT 1 "), ("AND", "SELECT 1 FROM t WHERE 1 = 1 "), ("OR", "SELECT 1 FROM t WHERE 1 = 1 "),
        ("NOT EXISTS", "SELECT 1 FROM t WHERE "), ("EXISTS", "SELECT 1 FROM t WHERE "), ("OFFSET", "SELECT 1 FROM t ORDER BY 1 "),
        ("LIMIT", "SELECT 1 FROM t "), ("RETURNING", "UPDATE t SET x = 1 "), ("ON CONFLICT", "INSERT INTO t (x) VALUES (1) "),
    ];

    /// <summary>What an interpolation hole that is not a known constant may hold: nothing, a name, a condition, or a SET clause.</summary>
    private static readonly string[] HoleStandIns = ["", "x", "1 = 1", "SET x = 1"];

    private static List<Statement>? _statements;

    private static List<Statement> Statements() => _statements ??= FindStatements();

    private static List<Statement> FindStatements()
    {
        var server = Server();
        var found = new List<Statement>();
        foreach (var path in Directory.EnumerateFiles(server, "*.cs", SearchOption.AllDirectories)
                     .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                                 && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")))
        {
            var file = Path.GetRelativePath(server, path).Replace('\\', '/');
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot();
            var constants = Constants(root);
            foreach (var node in root.DescendantNodes())
            {
                (string Text, List<string?> Holes)? literal = node switch
                {
                    LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression) => (l.Token.ValueText, []),
                    InterpolatedStringExpressionSyntax i => Interpolated(i, constants),
                    _ => null,
                };
                if (literal is not { } sql || !LooksLikeSql(sql.Text) || ForAnotherDatabase(node)) continue;
                var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                found.Add(new Statement(file, line, sql.Text, sql.Holes));
            }
        }
        return found;
    }

    /// <summary>The file's string constants, so a hole naming one is filled with its text.</summary>
    private static Dictionary<string, string> Constants(SyntaxNode root)
    {
        var constants = new Dictionary<string, string>();
        foreach (var declarator in root.DescendantNodes().OfType<VariableDeclaratorSyntax>())
        {
            var isConst = declarator.Parent?.Parent switch
            {
                FieldDeclarationSyntax f => f.Modifiers.Any(SyntaxKind.ConstKeyword),
                LocalDeclarationStatementSyntax l => l.IsConst,
                _ => false,
            };
            if (isConst && declarator.Initializer?.Value is LiteralExpressionSyntax { Token.Value: string text })
            {
                constants[declarator.Identifier.ValueText] = text;
            }
        }
        return constants;
    }

    /// <summary>An interpolated string's text; each hole is a known constant's text, <c>db.In</c>'s T-SQL, or null (stand-ins are tried).</summary>
    private static (string, List<string?>) Interpolated(InterpolatedStringExpressionSyntax literal, Dictionary<string, string> constants)
    {
        var text = new System.Text.StringBuilder();
        var holes = new List<string?>();
        foreach (var part in literal.Contents)
        {
            if (part is InterpolatedStringTextSyntax t) { text.Append(t.TextToken.ValueText); continue; }
            var expression = ((InterpolationSyntax)part).Expression;
            var known = expression switch
            {
                IdentifierNameSyntax id when constants.TryGetValue(id.Identifier.ValueText, out var value) => value,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "In" } } call
                    when call.ArgumentList.Arguments is [{ Expression: LiteralExpressionSyntax column }, { Expression: LiteralExpressionSyntax list }]
                    => $"{column.Token.ValueText} IN (@{list.Token.ValueText})",
                _ => null,
            };
            text.Append($"{{{holes.Count}}}");
            holes.Add(known);
        }
        return (text.ToString(), holes);
    }

    private static bool LooksLikeSql(string text)
    {
        var t = text.TrimStart();
        return StatementStarts.Concat(FragmentStarts.Select(f => f.Start)).Any(k => StartsWithWord(t, k));
    }

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]) && text[word.Length] != '_');

    /// <summary>
    /// Whether the literal is for SQLite or PostgreSQL only: the <c>portable:</c> (or <c>sqlite:</c>,
    /// <c>postgres:</c>) argument of a call, or code under <c>if (… == DatabaseProvider.Sqlite/Postgres)</c>.
    /// </summary>
    private static bool ForAnotherDatabase(SyntaxNode literal)
    {
        var argument = literal.Ancestors().TakeWhile(a => a is ExpressionSyntax or ArgumentSyntax).OfType<ArgumentSyntax>().FirstOrDefault();
        if (argument?.NameColon?.Name.Identifier.ValueText is "portable" or "sqlite" or "postgres") return true;
        return literal.Ancestors().OfType<IfStatementSyntax>().Any(i =>
            i.Statement.Span.Contains(literal.Span) && OnlyFor().IsMatch(i.Condition.ToString()));
    }

    [GeneratedRegex(@"==\s*DatabaseProvider\.(Sqlite|Postgres)\b")]
    private static partial Regex OnlyFor();

    /// <summary>The text as SQL Server would get it, wrapped if it is a fragment, with the holes filled.</summary>
    private static List<string> BestParse(Statement statement)
    {
        var t = statement.Text.Trim();
        var before = StatementStarts.Any(k => StartsWithWord(t, k)) ? "" : FragmentStarts.First(f => StartsWithWord(t, f.Start)).Before;
        var after = OpenEnd().IsMatch(t) ? " 1 = 1" : "";
        List<string>? best = null;
        foreach (var filled in Fillings(statement.Holes))
        {
            var errors = Errors(before + string.Format(System.Globalization.CultureInfo.InvariantCulture, EscapeBraces(t), filled) + after);
            if (errors.Count == 0) return errors;
            if (best is null || errors.Count < best.Count) best = errors;
        }
        return best!;
    }

    [GeneratedRegex(@"\b(WHERE|AND|OR|WHEN|ON)\s*$")]
    private static partial Regex OpenEnd();

    /// <summary>Braces other than the hole markers are the SQL's own (rare), so they are doubled for string.Format.</summary>
    private static string EscapeBraces(string text) => HoleMarker().Replace(text.Replace("{", "{{").Replace("}", "}}"), m => m.Value[1..^1]);

    [GeneratedRegex(@"\{\{\d+\}\}")]
    private static partial Regex HoleMarker();

    private static IEnumerable<object[]> Fillings(IReadOnlyList<string?> holes)
    {
        IEnumerable<string[]> combos = [[]];
        foreach (var hole in holes)
        {
            var choices = hole is null ? HoleStandIns : [hole];
            combos = combos.SelectMany(c => choices.Select(choice => c.Append(choice).ToArray()));
        }
        return combos.Select(c => c.Cast<object>().ToArray());
    }

    private static List<string> Errors(string sql)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToList();
    }

    /// <summary>Constructs SQLite and PostgreSQL have and T-SQL lacks (or reads as something else, like <c>excluded.</c>).</summary>
    private static List<string> Lacking(string text)
    {
        var code = Quoted().Replace(LineComment().Replace(text, ""), "''");
        return Lacks.Where(l => l.Pattern.IsMatch(code)).Select(l => l.What).ToList();
    }

    private static readonly (string What, Regex Pattern)[] Lacks =
    [
        ("ON CONFLICT (use MERGE … WITH (HOLDLOCK))", new Regex(@"(?<!@)\bON\s+CONFLICT\b", RegexOptions.IgnoreCase)),
        ("RETURNING (use OUTPUT inserted.…)", new Regex(@"(?<!@)\bRETURNING\b", RegexOptions.IgnoreCase)),
        ("LIMIT (use TOP (n) or OFFSET … FETCH)", new Regex(@"(?<!@)\bLIMIT\b", RegexOptions.IgnoreCase)),
        ("|| (use + or CONCAT)", new Regex(@"\|\|")),
        ("excluded. (name the MERGE source instead)", new Regex(@"(?<!@)\bexcluded\.", RegexOptions.IgnoreCase)),
    ];

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"'(?:[^']|'')*'")]
    private static partial Regex Quoted();

    private static string Flat(string text) => Whitespace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static string Server() => Path.Combine(FeatureArrowsTests.RepositoryRoot(), "server", "OutlookIntroAddin");
}
