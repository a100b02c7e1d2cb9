-- Hearing replies. A party's request thread (Graph's conversationId and the request's
-- Internet-Message-ID) is what a reply is matched by; answered_by says how an answer arrived
-- (link, reply or connector). A reply keeps only a short excerpt (at most 300 characters), never
-- its body. reply_watches is one row per connector mailbox: its Graph subscription (only the
-- SHA-256 of its clientState), its delta link and a lease so one instance catches up at a time.
-- inbox_messages_seen makes each inbox message handled once, by its id.
ALTER TABLE parties ADD answered_by NVARCHAR(32);
ALTER TABLE parties ADD ask_again_at BIGINT;
ALTER TABLE parties ADD request_conversation_id NVARCHAR(450) COLLATE Latin1_General_100_BIN2;
ALTER TABLE parties ADD request_internet_message_id NVARCHAR(MAX);
GO
CREATE INDEX ix_parties_conversation ON parties (request_conversation_id) WHERE request_conversation_id IS NOT NULL;

CREATE TABLE party_replies (
    id          NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    intro_id    NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
    party_id    NVARCHAR(64) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES parties (id),
    message_id  NVARCHAR(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    received_at BIGINT NOT NULL,
    excerpt     NVARCHAR(300) NOT NULL CHECK (LEN(excerpt) <= 300),
    understood  NVARCHAR(32) NOT NULL,
    until       NVARCHAR(32),
    status      NVARCHAR(32) NOT NULL CHECK (status IN ('recorded', 'needsReview', 'ignored')),
    UNIQUE (party_id, message_id)
);
CREATE INDEX ix_party_replies_intro ON party_replies (intro_id);

CREATE TABLE reply_watches (
    tenant_id               NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NOT NULL,
    connector_id            NVARCHAR(256) COLLATE Latin1_General_100_BIN2 NOT NULL,
    mailbox                 NVARCHAR(320) NOT NULL,
    subscription_id         NVARCHAR(450) COLLATE Latin1_General_100_BIN2,
    client_state_hash       NVARCHAR(128),
    subscription_expires_at BIGINT,
    delta_link              NVARCHAR(MAX),
    delta_due_at            BIGINT,
    claimed_until           BIGINT,
    started_at              BIGINT NOT NULL,
    PRIMARY KEY NONCLUSTERED (tenant_id, connector_id, mailbox)
);
CREATE INDEX ix_reply_watches_subscription ON reply_watches (subscription_id) WHERE subscription_id IS NOT NULL;

CREATE TABLE inbox_messages_seen (
    mailbox    NVARCHAR(320) NOT NULL,
    message_id NVARCHAR(450) COLLATE Latin1_General_100_BIN2 NOT NULL,
    PRIMARY KEY NONCLUSTERED (mailbox, message_id)
);
