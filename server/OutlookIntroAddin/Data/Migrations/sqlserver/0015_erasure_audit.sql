-- One line per erasure request an admin made: who (their object id), when, and how much went. Never
-- the address, a name or a hash of either: the line proves an erasure happened without keeping whom it was for.
CREATE TABLE erasure_audit (
    id             NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    tenant_id      NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NOT NULL,
    at             BIGINT NOT NULL,
    admin_id       NVARCHAR(256) NOT NULL,
    intros         INT NOT NULL,
    parties        INT NOT NULL,
    events         INT NOT NULL,
    outbox_rows    INT NOT NULL,
    consent_tokens INT NOT NULL,
    replies        INT NOT NULL
);
CREATE INDEX ix_erasure_audit_tenant ON erasure_audit (tenant_id, at);
