using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Subjects;

/// <summary>
/// An access request: what the admin's tenant holds about an address, looked up by its
/// <see cref="IntroValidation.AddressKey"/>.
/// </summary>
public sealed class SubjectAccess(Db db)
{
    private const string PartiesSql = """
        SELECT p.id AS Id, p.intro_id AS IntroId, p.name AS Name, p.email AS Email, p.about AS About, p.why AS Why,
               p.answer AS Answer, p.answered_at AS AnsweredAt, p.answered_by AS AnsweredBy, p.not_now_until AS NotNowUntil,
               p.request_subject AS RequestSubject, p.request_body AS RequestBody,
               i.connector_name AS ConnectorName, i.connector_email AS ConnectorEmail, i.created_at AS CreatedAt,
               i.state AS State, i.language AS Language
        FROM parties p JOIN intros i ON i.id = p.intro_id
        WHERE i.tenant_id = @TenantId AND LOWER(p.email) = @email
        ORDER BY i.created_at DESC, i.id DESC
        """;

    private const string EventsSql = "SELECT intro_id AS IntroId, party_id AS PartyId, at AS At, what AS What FROM intro_events WHERE ";

    private const string RepliesSql = """
        SELECT id AS Id, party_id AS PartyId, received_at AS ReceivedAt, excerpt AS Excerpt, understood AS Understood, until AS Until, status AS Status
        FROM party_replies WHERE
        """;

    private const string MailColumns = """
        SELECT id AS Id, intro_id AS IntroId, kind AS Kind, state AS State, created_at AS CreatedAt, sent_at AS SentAt FROM outbox
        """;

    /// <summary>Besides the party's own mail, the final intro, which goes To both parties.</summary>
    private const string FinalMailWhere = " WHERE party_id IS NULL AND kind IN ('final', 'finalDraft') AND ";

    private const string TokensSql = "SELECT party_id AS PartyId, COUNT(*) AS Links FROM consent_tokens WHERE ";

    private const string ConnectorSql = """
        SELECT id FROM intros WHERE tenant_id = @TenantId AND LOWER(connector_email) = @email ORDER BY created_at DESC, id DESC
        """;

    public Task<SubjectResponse> GetAsync(string tenantId, string email) => db.InSnapshotAsync(async (connection, transaction) =>
    {
        var args = new { TenantId = tenantId, email };
        var asConnector = (await connection.QueryAsync<string>(ConnectorSql, args, transaction)).AsList();
        var parties = (await connection.QueryAsync<PartyHeld>(PartiesSql, args, transaction)).AsList();
        if (parties.Count == 0) return new SubjectResponse(email, [], new ConnectorIntros(asConnector.Count, asConnector));

        var ids = parties.Select(p => p.Id).ToList();
        var introIds = parties.Select(p => p.IntroId).ToList();
        var events = (await connection.QueryAsync<EventRow>(EventsSql + db.In("party_id", "ids") + " ORDER BY id", new { ids }, transaction))
            .ToLookup(e => e.PartyId!);
        var replies = (await connection.QueryAsync<ReplyRow>(RepliesSql + " " + db.In("party_id", "ids"), new { ids }, transaction))
            .ToLookup(r => r.PartyId);
        var mail = (await connection.QueryAsync<MailHeld>(MailColumns + " WHERE " + db.In("party_id", "ids"), new { ids }, transaction))
            .Concat(await connection.QueryAsync<MailHeld>(MailColumns + FinalMailWhere + db.In("intro_id", "introIds"), new { introIds }, transaction))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToLookup(m => m.IntroId);
        var links = (await connection.QueryAsync<(string PartyId, long Links)>(
            TokensSql + db.In("party_id", "ids") + " GROUP BY party_id", new { ids }, transaction)).ToDictionary(t => t.PartyId, t => (int)t.Links);

        var intros = parties.Select(p => new SubjectIntro(
            p.IntroId, p.ConnectorName, p.ConnectorEmail, IntroMapping.Time(p.CreatedAt), p.State, p.Language,
            new SubjectParty(p.Id, p.Name, p.Email, p.About, p.Why, p.Answer, IntroMapping.Time(p.AnsweredAt), p.AnsweredBy,
                p.NotNowUntil, p.RequestSubject, p.RequestBody),
            events[p.Id].Select(e => e.ToResponse()).ToList(),
            replies[p.Id].OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id)
                .Select(r => r.ToResponse()).ToList(),
            mail[p.IntroId].Select(m => new SubjectMail(m.Id, m.Kind, m.State, IntroMapping.Time(m.CreatedAt), IntroMapping.Time(m.SentAt))).ToList(),
            links.GetValueOrDefault(p.Id))).ToList();
        return new SubjectResponse(email, intros, new ConnectorIntros(asConnector.Count, asConnector));
    });

    private sealed class PartyHeld
    {
        public string Id { get; init; } = "";
        public string IntroId { get; init; } = "";
        public string Name { get; init; } = "";
        public string Email { get; init; } = "";
        public string About { get; init; } = "";
        public string Why { get; init; } = "";
        public string Answer { get; init; } = "";
        public long? AnsweredAt { get; init; }
        public string? AnsweredBy { get; init; }
        public string? NotNowUntil { get; init; }
        public string? RequestSubject { get; init; }
        public string? RequestBody { get; init; }
        public string ConnectorName { get; init; } = "";
        public string ConnectorEmail { get; init; } = "";
        public long CreatedAt { get; init; }
        public string State { get; init; } = "";
        public string Language { get; init; } = "";
    }

    private sealed class MailHeld
    {
        public string Id { get; init; } = "";
        public string IntroId { get; init; } = "";
        public string Kind { get; init; } = "";
        public string State { get; init; } = "";
        public long CreatedAt { get; init; }
        public long? SentAt { get; init; }
    }
}
