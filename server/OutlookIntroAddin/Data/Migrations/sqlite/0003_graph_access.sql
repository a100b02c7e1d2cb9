-- Graph on the connector's behalf, for days: one MSAL long-running on-behalf-of session per
-- connector. generation moves on at every sign-in, so a dispatcher that saw an older session
-- never holds mail the newer sign-in already released. needs_sign_in_since set = the session's
-- refresh token is gone and the connector's mail waits for their next sign-in.
CREATE TABLE graph_sessions (
    tenant_id           TEXT NOT NULL,
    connector_id        TEXT NOT NULL,
    session_key         TEXT NOT NULL,
    generation          INTEGER NOT NULL,
    signed_in_at        INTEGER NOT NULL,
    needs_sign_in_since INTEGER,
    sign_in_error       TEXT,
    PRIMARY KEY (tenant_id, connector_id)
);

-- MSAL's token cache, one row per cache key (the session key), protected with Data Protection.
CREATE TABLE token_cache (
    cache_key  TEXT PRIMARY KEY,
    data       BLOB NOT NULL,
    updated_at INTEGER NOT NULL
);

-- The Data Protection key ring, shared by every instance on this database.
CREATE TABLE data_protection_keys (
    name       TEXT PRIMARY KEY,
    xml        TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
