using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Policy;

namespace OutlookIntroAddin.Intros;

/// <summary>
/// <c>GET /api/intros/history?a=…&amp;b=…</c>: before converting a draft, the pane asks whether the
/// connector introduced, asked or was turned down by these two people lately, so the same pair is not
/// asked again unknowingly. Only the connector's own intros, in their own tenant.
/// </summary>
public static class IntroHistory
{
    /// <summary>Declines and silences within the window after which a person is flagged.</summary>
    public const int FlagAt = 2;

    /// <summary>A pair asked more often than this within months is a story the pane cannot tell in a few lines anyway.</summary>
    public const int MaxIntros = 20;

    /// <summary>The pair's intros in which anything happened within the window: made, answered, introduced or closed.</summary>
    private const string PairIntrosSql = """
        SELECT i.id AS Id, i.state AS State, i.created_at AS CreatedAt, i.introduced_at AS IntroducedAt, i.closed_at AS ClosedAt
        FROM intros i
        WHERE i.tenant_id = @TenantId AND i.connector_id = @ObjectId
          AND EXISTS (SELECT 1 FROM parties p WHERE p.intro_id = i.id AND LOWER(p.email) = @a)
          AND EXISTS (SELECT 1 FROM parties p WHERE p.intro_id = i.id AND LOWER(p.email) = @b)
          AND (i.created_at >= @since OR EXISTS (SELECT 1 FROM intro_events e WHERE e.intro_id = i.id AND e.at >= @since))
        ORDER BY i.created_at DESC, i.id DESC
        """;

    private const string PartiesSql = """
        SELECT id AS Id, intro_id AS IntroId, name AS Name, email AS Email, answer AS Answer, answered_at AS AnsweredAt, position AS Position
        FROM parties
        """;

    private const string EventsSql = "SELECT intro_id AS IntroId, party_id AS PartyId, at AS At, what AS What FROM intro_events";

    /// <summary>Each person's closing answers within the window, on any of the connector's intros (with anyone).</summary>
    private const string RefusalsSql = """
        SELECT LOWER(p.email) AS Email, p.answer AS Answer, COUNT(*) AS Times
        FROM parties p JOIN intros i ON i.id = p.intro_id
        WHERE i.tenant_id = @TenantId AND i.connector_id = @ObjectId
          AND LOWER(p.email) IN (@a, @b) AND p.answer IN ('no', 'notNow', 'expired') AND p.answered_at >= @since
        GROUP BY LOWER(p.email), p.answer
        """;

    public static async Task<Results<Ok<IntroHistoryResponse>, ValidationProblem>> HandleAsync(
        string? a, string? b, Connector connector, PolicyStore policies, Db db, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors.TryAdd(field, [message]);
        IntroValidation.Address(a, "a", Fail);
        IntroValidation.Address(b, "b", Fail);
        if (errors.Count == 0 && IntroValidation.AddressKey(a!) == IntroValidation.AddressKey(b!)) Fail("b", "a and b are the same address; the history is of two different people.");
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var (first, second) = (IntroValidation.AddressKey(a!), IntroValidation.AddressKey(b!));
        var months = (await policies.GetAsync(connector.TenantId)).RelationshipMonths;
        if (months == 0) return TypedResults.Ok(new IntroHistoryResponse(0, null, [], [Nobody(first), Nobody(second)]));

        var since = clock.GetUtcNow().AddMonths(-months);
        var args = new { connector.TenantId, connector.ObjectId, a = first, b = second, since = since.ToUnixTimeMilliseconds() };
        return TypedResults.Ok(await db.InSnapshotAsync(async (connection, transaction) =>
        {
            var intros = (await connection.QueryAsync<IntroRow>(
                PairIntrosSql + " " + db.Dialect(portable: "LIMIT @MaxIntros", sqlServer: "OFFSET 0 ROWS FETCH NEXT @MaxIntros ROWS ONLY"),
                new { args.TenantId, args.ObjectId, args.a, args.b, args.since, MaxIntros }, transaction)).AsList();
            var refusals = (await connection.QueryAsync<RefusalRow>(RefusalsSql, args, transaction)).AsList();
            var people = new[] { Person(first, refusals), Person(second, refusals) };
            if (intros.Count == 0) return new IntroHistoryResponse(months, since, [], people);

            var ids = intros.Select(i => i.Id).ToList();
            var parties = (await connection.QueryAsync<PartyRow>(
                PartiesSql + " WHERE " + db.In("intro_id", "ids"), new { ids }, transaction)).ToLookup(p => p.IntroId);
            var events = (await connection.QueryAsync<EventRow>(
                EventsSql + " WHERE " + db.In("intro_id", "ids") + " ORDER BY id", new { ids }, transaction)).ToLookup(e => e.IntroId);
            var past = intros.Select(i => new PastIntro(
                i.Id, i.State, IntroMapping.Time(i.CreatedAt), IntroMapping.Time(i.IntroducedAt), IntroMapping.Time(i.ClosedAt),
                Latest(events[i.Id])?.ToResponse(),
                parties[i.Id].OrderBy(p => p.Position)
                    .Select(p => new PastParty(p.Id, p.Name, p.Email, p.Answer, IntroMapping.Time(p.AnsweredAt))).ToList())).ToList();
            return new IntroHistoryResponse(months, since, past, people);
        }));
    }

    /// <summary>At the same moment, what a person did says more than the state it led to (as in the pane's cards).</summary>
    private static EventRow? Latest(IEnumerable<EventRow> events) =>
        events.OrderBy(e => e.At).ThenBy(e => e.PartyId is null ? 0 : 1).LastOrDefault();

    private static PersonHistory Nobody(string email) => new(email, 0, 0, false);

    private static PersonHistory Person(string email, List<RefusalRow> refusals)
    {
        var theirs = refusals.Where(r => r.Email == email).ToList();
        var declined = (int)theirs.Where(r => r.Answer is Answer.No or Answer.NotNow).Sum(r => r.Times);
        var silent = (int)theirs.Where(r => r.Answer == Answer.Expired).Sum(r => r.Times);
        return new PersonHistory(email, declined, silent, declined + silent >= FlagAt);
    }

    private sealed class RefusalRow
    {
        public string Email { get; init; } = "";
        public string Answer { get; init; } = "";
        public long Times { get; init; }
    }
}
