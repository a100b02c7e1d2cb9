-- Idempotency-Key on POST /api/intros: a connector's key, recorded in the same transaction as the
-- intro it created, with a SHA-256 of the request, so a retry gets that intro back instead of a
-- second one. Kept at least 24 hours: the retention purge deletes older keys, and a key goes with
-- its intro if that goes first. Keys are compared exactly: "abc" and "ABC" are two keys.
CREATE TABLE idempotency_keys (
    tenant_id       NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NOT NULL,
    connector_id    NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NOT NULL,
    idempotency_key NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    request_hash    NVARCHAR(128) NOT NULL,
    intro_id        NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    created_at      BIGINT NOT NULL,
    PRIMARY KEY NONCLUSTERED (tenant_id, connector_id, idempotency_key)
);
CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);
CREATE INDEX ix_idempotency_keys_intro ON idempotency_keys (intro_id);
