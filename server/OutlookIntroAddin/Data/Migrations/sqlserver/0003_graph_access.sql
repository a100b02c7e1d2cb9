-- Graph on the connector's behalf, for days: one MSAL long-running on-behalf-of session per
-- connector. generation moves on at every sign-in, so a dispatcher that saw an older session
-- never holds mail the newer sign-in already released. needs_sign_in_since set = the session's
-- refresh token is gone and the connector's mail waits for their next sign-in.
CREATE TABLE graph_sessions (
    tenant_id           NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NOT NULL,
    connector_id        NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NOT NULL,
    session_key         NVARCHAR(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    generation          BIGINT NOT NULL,
    signed_in_at        BIGINT NOT NULL,
    needs_sign_in_since BIGINT,
    sign_in_error       NVARCHAR(MAX),
    PRIMARY KEY NONCLUSTERED (tenant_id, connector_id)
);

-- MSAL's token cache, one row per cache key (the session key), protected with Data Protection.
CREATE TABLE token_cache (
    cache_key  NVARCHAR(450) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    data       VARBINARY(MAX) NOT NULL,
    updated_at BIGINT NOT NULL
);

-- The Data Protection key ring, shared by every instance on this database.
CREATE TABLE data_protection_keys (
    name       NVARCHAR(450) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    xml        NVARCHAR(MAX) NOT NULL,
    created_at BIGINT NOT NULL
);
