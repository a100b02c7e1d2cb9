using System.Data.Common;
using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;

namespace OutlookIntroAddin.Intros;

/// <summary>Reads intros. Every query a connector can reach is filtered by tenant id and connector id.</summary>
public sealed class IntroStore(Db db, TimeProvider clock)
{
    public const string IntroColumns = """
        SELECT id AS Id, tenant_id AS TenantId, connector_id AS ConnectorId, connector_name AS ConnectorName,
               connector_email AS ConnectorEmail, state AS State, reason AS Reason, final_intro AS FinalIntro,
               language AS Language, register AS Register, link_base AS LinkBase, created_at AS CreatedAt, introduced_at AS IntroducedAt,
               closed_at AS ClosedAt, final_draft_id AS FinalDraftId, outcome AS Outcome, outcome_at AS OutcomeAt, outcome_by AS OutcomeBy,
               outcome_asked_at AS OutcomeAskedAt
        FROM intros
        """;

    private const string PartyColumns = """
        SELECT id AS Id, intro_id AS IntroId, position AS Position, name AS Name, email AS Email, about AS About, why AS Why,
               already_agreed AS AlreadyAgreed, answer AS Answer, not_now_until AS NotNowUntil,
               request_subject AS RequestSubject, request_body AS RequestBody, request_message_id AS RequestMessageId,
               requested_at AS RequestedAt, followed_up_at AS FollowedUpAt, answered_at AS AnsweredAt,
               due_kind AS DueKind, due_at AS DueAt, answered_by AS AnsweredBy, ask_again_at AS AskAgainAt,
               request_conversation_id AS RequestConversationId, request_internet_message_id AS RequestInternetMessageId
        FROM parties
        """;

    /// <summary>Whether the connector's mail waits for them to sign in again (see GraphAccess).</summary>
    private const string HeldConnectorSql = """
        SELECT COUNT(*) FROM graph_sessions
        WHERE tenant_id = @TenantId AND connector_id = @ObjectId AND needs_sign_in_since IS NOT NULL
        """;

    /// <summary>Of a held connector's intros, those with mail still to send.</summary>
    private const string HeldIntrosSql = "SELECT DISTINCT intro_id FROM outbox WHERE state IN ('pending', 'drafted', 'cancelling') AND ";

    private const string EventColumns = "SELECT intro_id AS IntroId, party_id AS PartyId, at AS At, what AS What FROM intro_events";

    private const string ReplyColumns = """
        SELECT id AS Id, party_id AS PartyId, received_at AS ReceivedAt, excerpt AS Excerpt, understood AS Understood,
               until AS Until, status AS Status
        FROM party_replies
        """;

    public const int ListLimit = 200;

    public Task<IntroResponse?> GetAsync(Connector connector, string id) => db.InSnapshotAsync(async (connection, transaction) =>
    {
        var intro = await connection.QuerySingleOrDefaultAsync<IntroRow>(
            IntroColumns + " WHERE id = @id AND tenant_id = @TenantId AND connector_id = @ObjectId",
            new { id, connector.TenantId, connector.ObjectId }, transaction);
        return intro is null ? null : (await WithDetailsAsync(connection, transaction, connector, [intro])).Single();
    });

    /// <summary>The connector's intros, newest first; <paramref name="filter"/> is open, closed or all.</summary>
    public Task<IReadOnlyList<IntroResponse>> ListAsync(Connector connector, string filter)
    {
        var states = filter switch
        {
            "open" => new[] { IntroState.Requested, IntroState.Ready },
            "closed" => [IntroState.Introduced, IntroState.Declined, IntroState.Expired, IntroState.Cancelled],
            _ => null,
        };
        return db.InSnapshotAsync(async (connection, transaction) =>
        {
            var intros = await connection.QueryAsync<IntroRow>(
                IntroColumns + " WHERE tenant_id = @TenantId AND connector_id = @ObjectId"
                + (states is null ? "" : " AND " + db.In("state", "states"))
                + " ORDER BY created_at DESC, id DESC "
                + db.Dialect(portable: "LIMIT @ListLimit", sqlServer: "OFFSET 0 ROWS FETCH NEXT @ListLimit ROWS ONLY"),
                new { connector.TenantId, connector.ObjectId, states, ListLimit }, transaction);
            return await WithDetailsAsync(connection, transaction, connector, intros.AsList());
        });
    }

    /// <summary>One intro with its parties; inside a transition, in its transaction.</summary>
    public static async Task<IntroAggregate> LoadAsync(DbConnection connection, DbTransaction? transaction, string id)
    {
        var intro = await connection.QuerySingleAsync<IntroRow>(IntroColumns + " WHERE id = @id", new { id }, transaction);
        var parties = await connection.QueryAsync<PartyRow>(PartyColumns + " WHERE intro_id = @id ORDER BY position", new { id }, transaction);
        return new IntroAggregate(intro, parties.ToList());
    }

    /// <summary>The parties, timeline and held flag of <paramref name="intros"/>, all of them the connector's own.</summary>
    private async Task<IReadOnlyList<IntroResponse>> WithDetailsAsync(
        DbConnection connection, DbTransaction? transaction, Connector connector, IReadOnlyList<IntroRow> intros)
    {
        if (intros.Count == 0) return [];
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var ids = intros.Select(i => i.Id).ToList();
        var parties = (await connection.QueryAsync<PartyRow>(PartyColumns + " WHERE " + db.In("intro_id", "ids"), new { ids }, transaction)).ToLookup(p => p.IntroId);
        var events = (await connection.QueryAsync<EventRow>(EventColumns + " WHERE " + db.In("intro_id", "ids") + " ORDER BY id", new { ids }, transaction)).ToLookup(e => e.IntroId);
        var replies = (await connection.QueryAsync<ReplyRow>(ReplyColumns + " WHERE " + db.In("intro_id", "ids"), new { ids }, transaction)).ToLookup(r => r.PartyId);
        var held = await connection.ExecuteScalarAsync<long>(HeldConnectorSql, new { connector.TenantId, connector.ObjectId }, transaction) > 0
            ? (await connection.QueryAsync<string>(HeldIntrosSql + db.In("intro_id", "ids"), new { ids }, transaction)).ToHashSet()
            : [];
        return intros.Select(i => new IntroAggregate(i, parties[i.Id].ToList()).ToResponse(events[i.Id], held.Contains(i.Id), replies, now)).ToList();
    }
}
