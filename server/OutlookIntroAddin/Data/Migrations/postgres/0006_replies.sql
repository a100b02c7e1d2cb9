-- Hearing replies. A party's request thread (Graph's conversationId and the request's
-- Internet-Message-ID) is what a reply is matched by; answered_by says how an answer arrived
-- (link, reply or connector). A reply keeps only a short excerpt (at most 300 characters), never
-- its body. reply_watches is one row per connector mailbox: its Graph subscription (only the
-- SHA-256 of its clientState), its delta link and a lease so one instance catches up at a time.
-- inbox_messages_seen makes each inbox message handled once, by its id.
ALTER TABLE parties ADD COLUMN answered_by TEXT;
ALTER TABLE parties ADD COLUMN ask_again_at BIGINT;
ALTER TABLE parties ADD COLUMN request_conversation_id TEXT;
ALTER TABLE parties ADD COLUMN request_internet_message_id TEXT;
CREATE INDEX ix_parties_conversation ON parties (request_conversation_id) WHERE request_conversation_id IS NOT NULL;

CREATE TABLE party_replies (
    id          TEXT PRIMARY KEY,
    intro_id    TEXT NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    party_id    TEXT NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    message_id  TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    excerpt     TEXT NOT NULL CHECK (length(excerpt) <= 300),
    understood  TEXT NOT NULL,
    until       TEXT,
    status      TEXT NOT NULL CHECK (status IN ('recorded', 'needsReview', 'ignored')),
    UNIQUE (party_id, message_id)
);
CREATE INDEX ix_party_replies_intro ON party_replies (intro_id);

CREATE TABLE reply_watches (
    tenant_id               TEXT NOT NULL,
    connector_id            TEXT NOT NULL,
    mailbox                 TEXT NOT NULL,
    subscription_id         TEXT,
    client_state_hash       TEXT,
    subscription_expires_at BIGINT,
    delta_link              TEXT,
    delta_due_at            BIGINT,
    claimed_until           BIGINT,
    started_at              BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, connector_id, mailbox)
);
CREATE INDEX ix_reply_watches_subscription ON reply_watches (subscription_id) WHERE subscription_id IS NOT NULL;

CREATE TABLE inbox_messages_seen (
    mailbox    TEXT NOT NULL,
    message_id TEXT NOT NULL,
    PRIMARY KEY (mailbox, message_id)
);
