using System.Data.Common;
using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Intros;

/// <summary>Reads intros. Every query a connector can reach is filtered by tenant id and connector id.</summary>
public sealed class IntroStore(Db db)
{
    public const string IntroColumns = """
        SELECT id AS Id, tenant_id AS TenantId, connector_id AS ConnectorId, connector_name AS ConnectorName,
               connector_email AS ConnectorEmail, state AS State, reason AS Reason, final_intro AS FinalIntro,
               language AS Language, link_base AS LinkBase, created_at AS CreatedAt, introduced_at AS IntroducedAt,
               closed_at AS ClosedAt, final_draft_id AS FinalDraftId
        FROM intros
        """;

    private const string PartyColumns = """
        SELECT id AS Id, intro_id AS IntroId, position AS Position, name AS Name, email AS Email, about AS About,
               already_agreed AS AlreadyAgreed, answer AS Answer, not_now_until AS NotNowUntil,
               request_subject AS RequestSubject, request_body AS RequestBody, request_message_id AS RequestMessageId,
               requested_at AS RequestedAt, followed_up_at AS FollowedUpAt, answered_at AS AnsweredAt,
               due_kind AS DueKind, due_at AS DueAt
        FROM parties
        """;

    /// <summary>Intros with mail that waits for their connector to sign in again (see GraphAccess).</summary>
    private const string HeldSql = """
        SELECT DISTINCT o.intro_id FROM outbox o
        JOIN intros i ON i.id = o.intro_id
        JOIN graph_sessions s ON s.tenant_id = i.tenant_id AND s.connector_id = i.connector_id
        WHERE o.state IN ('pending', 'drafted') AND s.needs_sign_in_since IS NOT NULL AND 
        """;

    private const string EventColumns = "SELECT intro_id AS IntroId, party_id AS PartyId, at AS At, what AS What FROM intro_events";

    public const int ListLimit = 200;

    public async Task<IntroResponse?> GetAsync(Connector connector, string id)
    {
        await using var connection = await db.OpenAsync();
        var intro = await connection.QuerySingleOrDefaultAsync<IntroRow>(
            IntroColumns + " WHERE id = @id AND tenant_id = @TenantId AND connector_id = @ObjectId",
            new { id, connector.TenantId, connector.ObjectId });
        return intro is null ? null : (await WithDetailsAsync(connection, [intro])).Single();
    }

    /// <summary>The connector's intros, newest first; <paramref name="filter"/> is open, closed or all.</summary>
    public async Task<IReadOnlyList<IntroResponse>> ListAsync(Connector connector, string filter)
    {
        var states = filter switch
        {
            "open" => new[] { IntroState.Requested, IntroState.Ready },
            "closed" => [IntroState.Introduced, IntroState.Declined, IntroState.Expired, IntroState.Cancelled],
            _ => null,
        };
        await using var connection = await db.OpenAsync();
        var intros = await connection.QueryAsync<IntroRow>(
            IntroColumns + " WHERE tenant_id = @TenantId AND connector_id = @ObjectId"
            + (states is null ? "" : " AND " + db.In("state", "states"))
            + " ORDER BY created_at DESC, id DESC LIMIT @ListLimit",
            new { connector.TenantId, connector.ObjectId, states, ListLimit });
        return await WithDetailsAsync(connection, intros.ToList());
    }

    /// <summary>One intro with its parties; inside a transition, in its transaction.</summary>
    public static async Task<IntroAggregate> LoadAsync(DbConnection connection, DbTransaction? transaction, string id)
    {
        var intro = await connection.QuerySingleAsync<IntroRow>(IntroColumns + " WHERE id = @id", new { id }, transaction);
        var parties = await connection.QueryAsync<PartyRow>(PartyColumns + " WHERE intro_id = @id ORDER BY position", new { id }, transaction);
        return new IntroAggregate(intro, parties.ToList());
    }

    private async Task<IReadOnlyList<IntroResponse>> WithDetailsAsync(DbConnection connection, IReadOnlyList<IntroRow> intros)
    {
        if (intros.Count == 0) return [];
        var ids = intros.Select(i => i.Id).ToList();
        var parties = (await connection.QueryAsync<PartyRow>(PartyColumns + " WHERE " + db.In("intro_id", "ids"), new { ids })).ToLookup(p => p.IntroId);
        var events = (await connection.QueryAsync<EventRow>(EventColumns + " WHERE " + db.In("intro_id", "ids") + " ORDER BY id", new { ids })).ToLookup(e => e.IntroId);
        var held = (await connection.QueryAsync<string>(HeldSql + db.In("o.intro_id", "ids"), new { ids })).ToHashSet();
        return intros.Select(i => new IntroAggregate(i, parties[i.Id].ToList()).ToResponse(events[i.Id], held.Contains(i.Id))).ToList();
    }
}
