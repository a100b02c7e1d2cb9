-- A tenant's policy, set by its admins; a tenant without a row gets the defaults in configuration.
CREATE TABLE tenant_policies (
    tenant_id                     NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    follow_up_after_business_days INT NOT NULL,
    expire_after_business_days    INT NOT NULL,
    final_intro                   NVARCHAR(32) NOT NULL,
    send_check                    NVARCHAR(32) NOT NULL,
    retention_days                INT NOT NULL,
    updated_at                    BIGINT NOT NULL,
    updated_by                    NVARCHAR(MAX) NOT NULL
);

-- Jobs that run now and then, whichever instance claims them first (the retention purge).
CREATE TABLE scheduled_jobs (
    name        NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    next_run_at BIGINT NOT NULL
);
GO
INSERT INTO scheduled_jobs (name, next_run_at) VALUES ('retentionPurge', 0);

-- The purge looks for intros closed long ago.
CREATE INDEX ix_intros_closed ON intros (closed_at) WHERE closed_at IS NOT NULL;
