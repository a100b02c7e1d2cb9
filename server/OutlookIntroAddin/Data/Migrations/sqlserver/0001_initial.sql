-- Times are Unix milliseconds (UTC): portable, indexable and compared as numbers on every provider.
-- T-SQL form of the PostgreSQL schema. Keys and indexed text are NVARCHAR(n) (an index key holds at
-- most 900 bytes clustered, 1,700 nonclustered); other text is NVARCHAR(MAX). Identifiers compare
-- byte by byte (a _BIN2 collation), as on SQLite and PostgreSQL, whatever the database's collation.
-- SQL Server refuses two cascade paths to one table, so a row that belongs to a party and to its
-- intro cascades from the intro only; a party is never deleted without its intro.
CREATE TABLE intros (
    id              NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    tenant_id       NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NOT NULL,
    connector_id    NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NOT NULL,
    connector_name  NVARCHAR(MAX) NOT NULL,
    connector_email NVARCHAR(320) NOT NULL,
    state           NVARCHAR(32) NOT NULL,
    reason          NVARCHAR(MAX) NOT NULL,
    final_intro     NVARCHAR(32) NOT NULL,
    language        NVARCHAR(32) NOT NULL,
    created_at      BIGINT NOT NULL,
    introduced_at   BIGINT,
    closed_at       BIGINT,
    final_draft_id  NVARCHAR(MAX),
    link_base       NVARCHAR(MAX) NOT NULL
);
CREATE INDEX ix_intros_connector ON intros (tenant_id, connector_id, created_at);

CREATE TABLE parties (
    id                 NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    intro_id           NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    position           INT NOT NULL,
    name               NVARCHAR(MAX) NOT NULL,
    email              NVARCHAR(320) NOT NULL,
    about              NVARCHAR(MAX) NOT NULL,
    already_agreed     BIT NOT NULL,
    answer             NVARCHAR(32) NOT NULL,
    not_now_until      NVARCHAR(32),
    request_subject    NVARCHAR(MAX),
    request_body       NVARCHAR(MAX),
    request_message_id NVARCHAR(MAX),
    requested_at       BIGINT,
    followed_up_at     BIGINT,
    answered_at        BIGINT,
    due_kind           NVARCHAR(32),
    due_at             BIGINT,
    claimed_until      BIGINT
);
CREATE INDEX ix_parties_intro ON parties (intro_id);
CREATE INDEX ix_parties_due ON parties (due_at) WHERE due_at IS NOT NULL;

CREATE TABLE consent_tokens (
    token_hash NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    intro_id   NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    party_id   NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES parties (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT
);
CREATE INDEX ix_consent_tokens_intro ON consent_tokens (intro_id);
CREATE INDEX ix_consent_tokens_party ON consent_tokens (party_id);

CREATE TABLE intro_events (
    id       BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    intro_id NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    party_id NVARCHAR(64) COLLATE Latin1_General_100_BIN2,
    at       BIGINT NOT NULL,
    what     NVARCHAR(64) NOT NULL
);
CREATE INDEX ix_intro_events_intro ON intro_events (intro_id);

CREATE TABLE outbox (
    id             NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    intro_id       NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    party_id       NVARCHAR(64) COLLATE Latin1_General_100_BIN2,
    mailbox        NVARCHAR(320) NOT NULL,
    kind           NVARCHAR(32) NOT NULL,
    state          NVARCHAR(32) NOT NULL,
    message        NVARCHAR(MAX) NOT NULL,
    draft_id       NVARCHAR(MAX),
    attempts       INT NOT NULL DEFAULT 0,
    due_at         BIGINT NOT NULL,
    claimed_until  BIGINT,
    created_at     BIGINT NOT NULL,
    sent_at        BIGINT,
    last_error     NVARCHAR(MAX)
);
CREATE INDEX ix_outbox_due ON outbox (due_at) WHERE state IN ('pending', 'drafted');
CREATE INDEX ix_outbox_intro ON outbox (intro_id);

CREATE TABLE mailbox_calendars (
    mailbox      NVARCHAR(320) NOT NULL PRIMARY KEY,
    time_zone    NVARCHAR(MAX) NOT NULL,
    working_days NVARCHAR(MAX) NOT NULL,
    refreshed_at BIGINT NOT NULL
);
