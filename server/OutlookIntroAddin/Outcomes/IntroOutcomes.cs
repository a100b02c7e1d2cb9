using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Outcomes;

/// <summary>What came of an introduction, as the connector tells it or a reply in the final intro's thread shows it.</summary>
public static class Outcome
{
    public const string Connected = "connected";
    public const string NotYet = "notYet";
    public const string DidNotConnect = "didNotConnect";
    public const string DontAsk = "dontAsk";

    public static readonly string[] All = [Connected, NotYet, DidNotConnect, DontAsk];

    /// <summary>How an outcome was learnt.</summary>
    public const string ByConnector = "connector", ByReply = "reply";
}

public enum OutcomeResult { Recorded, NotFound, NotIntroduced }

/// <summary>
/// The last step of the etiquette: learning whether an introduction helped. Nothing here writes to the
/// parties; the final intro's own closing line asks them to tell the connector.
/// </summary>
public sealed class IntroOutcomes(Db db, TimeProvider clock)
{
    /// <summary>
    /// The connector's answer to "did they connect?". Any answer may replace an earlier one (the connector
    /// knows best); "not yet" keeps the thread listened to, anything else ends that.
    /// </summary>
    public async Task<OutcomeResult> RecordAsync(Connector connector, string introId, string outcome)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return await db.InTransactionAsync(async (connection, transaction) =>
        {
            var state = await connection.ExecuteScalarAsync<string?>(
                "SELECT state FROM intros WHERE id = @introId AND tenant_id = @TenantId AND connector_id = @ObjectId",
                new { introId, connector.TenantId, connector.ObjectId }, transaction);
            if (state is null) return OutcomeResult.NotFound;
            if (state != IntroState.Introduced) return OutcomeResult.NotIntroduced;
            await connection.ExecuteAsync(
                """
                UPDATE intros SET outcome = @outcome, outcome_at = @now, outcome_by = @by,
                       outcome_listen_until = CASE WHEN @outcome = @notYet THEN outcome_listen_until ELSE NULL END
                WHERE id = @introId
                """, new { introId, outcome, now, by = Outcome.ByConnector, notYet = Outcome.NotYet }, transaction);
            return OutcomeResult.Recorded;
        });
    }

    /// <summary>
    /// One party wrote to the other in the final intro's thread and the copy reached the connector: they
    /// connected. Only an intro nobody settled yet, or one the connector marked "not yet", changes.
    /// </summary>
    public async Task<bool> HeardConnectedAsync(string introId, long at)
    {
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteAsync(
            """
            UPDATE intros SET outcome = @connected, outcome_at = @at, outcome_by = @by, outcome_listen_until = NULL
            WHERE id = @introId AND state = @introduced AND (outcome IS NULL OR outcome = @notYet)
            """, new { introId, at, connected = Outcome.Connected, by = Outcome.ByReply, introduced = IntroState.Introduced, notYet = Outcome.NotYet }) > 0;
    }
}
