-- Idempotency-Key on POST /api/intros: a connector's key, recorded in the same transaction as the
-- intro it created, with a SHA-256 of the request, so a retry gets that intro back instead of a
-- second one. Kept at least 24 hours: the retention purge deletes older keys, and a key goes with
-- its intro if that goes first.
CREATE TABLE idempotency_keys (
    tenant_id       TEXT NOT NULL,
    connector_id    TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    intro_id        TEXT NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, connector_id, idempotency_key)
);
CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);
CREATE INDEX ix_idempotency_keys_intro ON idempotency_keys (intro_id);
