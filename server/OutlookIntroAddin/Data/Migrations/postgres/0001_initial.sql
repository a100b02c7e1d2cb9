-- Times are Unix milliseconds (UTC): portable, indexable and compared as numbers on every provider.
CREATE TABLE intros (
    id              TEXT PRIMARY KEY,
    tenant_id       TEXT NOT NULL,
    connector_id    TEXT NOT NULL,
    connector_name  TEXT NOT NULL,
    connector_email TEXT NOT NULL,
    state           TEXT NOT NULL,
    reason          TEXT NOT NULL,
    final_intro     TEXT NOT NULL,
    language        TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    introduced_at   BIGINT,
    closed_at       BIGINT,
    final_draft_id  TEXT,
    link_base       TEXT NOT NULL
);
CREATE INDEX ix_intros_connector ON intros (tenant_id, connector_id, created_at);

CREATE TABLE parties (
    id                 TEXT PRIMARY KEY,
    intro_id           TEXT NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    name               TEXT NOT NULL,
    email              TEXT NOT NULL,
    about              TEXT NOT NULL,
    already_agreed     BOOLEAN NOT NULL,
    answer             TEXT NOT NULL,
    not_now_until      TEXT,
    request_subject    TEXT,
    request_body       TEXT,
    request_message_id TEXT,
    requested_at       BIGINT,
    followed_up_at     BIGINT,
    answered_at        BIGINT,
    due_kind           TEXT,
    due_at             BIGINT,
    claimed_until      BIGINT
);
CREATE INDEX ix_parties_intro ON parties (intro_id);
CREATE INDEX ix_parties_due ON parties (due_at) WHERE due_at IS NOT NULL;

CREATE TABLE consent_tokens (
    token_hash TEXT PRIMARY KEY,
    intro_id   TEXT NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    party_id   TEXT NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT
);
CREATE INDEX ix_consent_tokens_intro ON consent_tokens (intro_id);

CREATE TABLE intro_events (
    id       BIGSERIAL PRIMARY KEY,
    intro_id TEXT NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    party_id TEXT,
    at       BIGINT NOT NULL,
    what     TEXT NOT NULL
);
CREATE INDEX ix_intro_events_intro ON intro_events (intro_id);

CREATE TABLE outbox (
    id             TEXT PRIMARY KEY,
    intro_id       TEXT NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    party_id       TEXT,
    mailbox        TEXT NOT NULL,
    kind           TEXT NOT NULL,
    state          TEXT NOT NULL,
    message        TEXT NOT NULL,
    draft_id       TEXT,
    attempts       INTEGER NOT NULL DEFAULT 0,
    due_at         BIGINT NOT NULL,
    claimed_until  BIGINT,
    created_at     BIGINT NOT NULL,
    sent_at        BIGINT,
    last_error     TEXT
);
CREATE INDEX ix_outbox_due ON outbox (due_at) WHERE state IN ('pending', 'drafted');
CREATE INDEX ix_outbox_intro ON outbox (intro_id);

CREATE TABLE mailbox_calendars (
    mailbox      TEXT PRIMARY KEY,
    time_zone    TEXT NOT NULL,
    working_days TEXT NOT NULL,
    refreshed_at BIGINT NOT NULL
);
