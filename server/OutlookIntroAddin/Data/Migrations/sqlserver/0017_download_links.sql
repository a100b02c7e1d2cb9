-- One-use links to a consent record download, for Outlook clients whose task pane cannot save a file
-- itself (Outlook on Mac, classic Outlook on Windows): the pane opens the link in the user's browser.
-- Only the token's SHA-256 hash is kept; a link works once, within minutes of being asked for.
CREATE TABLE download_links (
    token_hash   NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    tenant_id    NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NOT NULL,
    connector_id NVARCHAR(256) COLLATE Latin1_General_100_BIN2,
    format       NVARCHAR(8) NOT NULL,
    expires_at   BIGINT NOT NULL,
    used_at      BIGINT
);
CREATE INDEX ix_download_links_expires ON download_links (expires_at);
