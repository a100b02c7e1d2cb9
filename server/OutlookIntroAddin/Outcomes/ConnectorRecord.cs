using Dapper;
using OutlookIntroAddin.Data;
using OutlookIntroAddin.Identity;
using OutlookIntroAddin.Intros;

namespace OutlookIntroAddin.Outcomes;

/// <summary>
/// The connector's own record over the intros the server still holds (the tenant's retention):
/// how many they made, in how many both said yes, and how many of those connected.
/// </summary>
/// <param name="Since">The oldest intro counted; null when there is none.</param>
public sealed record ConnectorRecordResponse(int Made, int BothSaidYes, int Connected, DateTimeOffset? Since);

public sealed class ConnectorRecord(Db db)
{
    // "Both said yes" is every intro that reached the final intro, sent or drafted for review.
    private const string Sql = """
        SELECT COUNT(*) AS Made,
               COALESCE(SUM(CASE WHEN state IN (@introduced, @ready) THEN 1 ELSE 0 END), 0) AS BothSaidYes,
               COALESCE(SUM(CASE WHEN outcome = @connected THEN 1 ELSE 0 END), 0) AS Connected,
               MIN(created_at) AS Since
        FROM intros WHERE tenant_id = @TenantId AND connector_id = @ObjectId
        """;

    public async Task<ConnectorRecordResponse> ForAsync(Connector connector)
    {
        await using var connection = await db.OpenAsync();
        var row = await connection.QuerySingleAsync<(long Made, long BothSaidYes, long Connected, long? Since)>(Sql, new
        {
            connector.TenantId, connector.ObjectId, introduced = IntroState.Introduced, ready = IntroState.Ready, connected = Outcome.Connected,
        });
        return new ConnectorRecordResponse((int)row.Made, (int)row.BothSaidYes, (int)row.Connected, IntroMapping.Time(row.Since));
    }
}
