-- One-use links to a consent record download, for Outlook clients whose task pane cannot save a file
-- itself (Outlook on Mac, classic Outlook on Windows): the pane opens the link in the user's browser.
-- Only the token's SHA-256 hash is kept; a link works once, within minutes of being asked for.
CREATE TABLE download_links (
    token_hash   TEXT PRIMARY KEY,
    tenant_id    TEXT NOT NULL,
    connector_id TEXT,
    format       TEXT NOT NULL,
    expires_at   BIGINT NOT NULL,
    used_at      BIGINT
);
CREATE INDEX ix_download_links_expires ON download_links (expires_at);
