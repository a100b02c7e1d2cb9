-- One line per erasure request an admin made: who (their object id), when, and how much went. Never
-- the address, a name or a hash of either: the line proves an erasure happened without keeping whom it was for.
CREATE TABLE erasure_audit (
    id             TEXT PRIMARY KEY,
    tenant_id      TEXT NOT NULL,
    at             BIGINT NOT NULL,
    admin_id       TEXT NOT NULL,
    intros         INTEGER NOT NULL,
    parties        INTEGER NOT NULL,
    events         INTEGER NOT NULL,
    outbox_rows    INTEGER NOT NULL,
    consent_tokens INTEGER NOT NULL,
    replies        INTEGER NOT NULL
);
CREATE INDEX ix_erasure_audit_tenant ON erasure_audit (tenant_id, at);
