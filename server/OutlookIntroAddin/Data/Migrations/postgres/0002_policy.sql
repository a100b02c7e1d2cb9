-- A tenant's policy, set by its admins; a tenant without a row gets the defaults in configuration.
CREATE TABLE tenant_policies (
    tenant_id                     TEXT PRIMARY KEY,
    follow_up_after_business_days INTEGER NOT NULL,
    expire_after_business_days    INTEGER NOT NULL,
    final_intro                   TEXT NOT NULL,
    send_check                    TEXT NOT NULL,
    retention_days                INTEGER NOT NULL,
    updated_at                    BIGINT NOT NULL,
    updated_by                    TEXT NOT NULL
);

-- Jobs that run now and then, whichever instance claims them first (the retention purge).
CREATE TABLE scheduled_jobs (
    name        TEXT PRIMARY KEY,
    next_run_at BIGINT NOT NULL
);
INSERT INTO scheduled_jobs (name, next_run_at) VALUES ('retentionPurge', 0);

-- The purge looks for intros closed long ago.
CREATE INDEX ix_intros_closed ON intros (closed_at) WHERE closed_at IS NOT NULL;
