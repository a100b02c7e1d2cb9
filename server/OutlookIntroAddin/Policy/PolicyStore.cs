using System.Data.Common;
using Dapper;
using OutlookIntroAddin.Data;

namespace OutlookIntroAddin.Policy;

/// <summary>Tenant policies: one row per tenant that changed anything, the configured defaults otherwise.</summary>
public sealed class PolicyStore(Db db, PolicyDefaults defaults, TimeProvider clock)
{
    private const string Columns = """
        SELECT p.follow_up_after_business_days AS FollowUpAfterBusinessDays, p.expire_after_business_days AS ExpireAfterBusinessDays,
               p.final_intro AS FinalIntro, p.send_check AS SendCheck, p.retention_days AS RetentionDays,
               p.notify_connector AS NotifyConnector, p.relationship_months AS RelationshipMonths,
               p.outcome_after_business_days AS OutcomeAfterBusinessDays
        FROM tenant_policies p
        """;

    public async Task<TenantPolicy> GetAsync(string tenantId)
    {
        await using var connection = await db.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<PolicyRow>(Columns + " WHERE p.tenant_id = @tenantId", new { tenantId });
        return row?.ToPolicy() ?? TenantPolicy.Defaults(defaults);
    }

    public async Task<TenantPolicy> SetAsync(string tenantId, TenantPolicy policy, string updatedBy)
    {
        var sql = db.Dialect(
            portable: """
                INSERT INTO tenant_policies (tenant_id, follow_up_after_business_days, expire_after_business_days, final_intro, send_check, retention_days, notify_connector, relationship_months, outcome_after_business_days, updated_at, updated_by)
                VALUES (@tenantId, @FollowUpAfterBusinessDays, @ExpireAfterBusinessDays, @FinalIntro, @SendCheck, @RetentionDays, @NotifyConnector, @RelationshipMonths, @OutcomeAfterBusinessDays, @now, @updatedBy)
                ON CONFLICT (tenant_id) DO UPDATE SET
                    follow_up_after_business_days = excluded.follow_up_after_business_days,
                    expire_after_business_days = excluded.expire_after_business_days,
                    final_intro = excluded.final_intro, send_check = excluded.send_check,
                    retention_days = excluded.retention_days, notify_connector = excluded.notify_connector,
                    relationship_months = excluded.relationship_months,
                    outcome_after_business_days = excluded.outcome_after_business_days, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """,
            sqlServer: """
                MERGE tenant_policies WITH (HOLDLOCK) AS t
                USING (SELECT @tenantId AS tenant_id) AS s ON t.tenant_id = s.tenant_id
                WHEN MATCHED THEN UPDATE SET
                    follow_up_after_business_days = @FollowUpAfterBusinessDays, expire_after_business_days = @ExpireAfterBusinessDays,
                    final_intro = @FinalIntro, send_check = @SendCheck,
                    retention_days = @RetentionDays, notify_connector = @NotifyConnector, relationship_months = @RelationshipMonths,
                    outcome_after_business_days = @OutcomeAfterBusinessDays, updated_at = @now, updated_by = @updatedBy
                WHEN NOT MATCHED THEN
                    INSERT (tenant_id, follow_up_after_business_days, expire_after_business_days, final_intro, send_check, retention_days, notify_connector, relationship_months, outcome_after_business_days, updated_at, updated_by)
                    VALUES (@tenantId, @FollowUpAfterBusinessDays, @ExpireAfterBusinessDays, @FinalIntro, @SendCheck, @RetentionDays, @NotifyConnector, @RelationshipMonths, @OutcomeAfterBusinessDays, @now, @updatedBy);
                """);
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(sql, new
        {
            tenantId, policy.FollowUpAfterBusinessDays, policy.ExpireAfterBusinessDays, policy.FinalIntro, policy.SendCheck,
            policy.RetentionDays, policy.NotifyConnector, policy.RelationshipMonths, policy.OutcomeAfterBusinessDays, now = clock.GetUtcNow().ToUnixTimeMilliseconds(), updatedBy,
        });
        return policy;
    }

    /// <summary>The policy of the tenant an intro belongs to, read inside the transition that schedules its next step.</summary>
    public static async Task<TenantPolicy> ForIntroAsync(DbConnection connection, DbTransaction transaction, string introId, PolicyDefaults defaults)
    {
        var row = await connection.QuerySingleOrDefaultAsync<PolicyRow>(
            Columns + " JOIN intros i ON i.tenant_id = p.tenant_id WHERE i.id = @introId", new { introId }, transaction);
        return row?.ToPolicy() ?? TenantPolicy.Defaults(defaults);
    }

    private sealed class PolicyRow
    {
        public int FollowUpAfterBusinessDays { get; init; }
        public int ExpireAfterBusinessDays { get; init; }
        public string FinalIntro { get; init; } = "";
        public string SendCheck { get; init; } = "";
        public int RetentionDays { get; init; }
        public bool NotifyConnector { get; init; }
        public int RelationshipMonths { get; init; }
        public int OutcomeAfterBusinessDays { get; init; }

        public TenantPolicy ToPolicy() =>
            new(FollowUpAfterBusinessDays, ExpireAfterBusinessDays, FinalIntro, SendCheck, RetentionDays, NotifyConnector, RelationshipMonths, OutcomeAfterBusinessDays);
    }
}
