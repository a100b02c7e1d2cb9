-- Graph's limits per mailbox, held for every instance on this database. A request to Graph holds one
-- of Graph:MaxConcurrentPerMailbox 'request' permits while it runs: its holder renews it and deletes
-- it when Graph answered, and a crashed holder's permit frees when expires_at passes. A send holds one
-- of Graph:MessagesPerMinute 'send' permits for the minute after it went. Times are real time, Unix ms.
CREATE TABLE mailbox_permits (
    mailbox TEXT NOT NULL,
    kind TEXT NOT NULL,
    slot INTEGER NOT NULL,
    holder TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (mailbox, kind, slot)
) WITHOUT ROWID;

-- Nothing goes to a mailbox before not_before: the Retry-After of Graph's last 429 or 503 for it.
CREATE TABLE mailbox_backoff (
    mailbox TEXT PRIMARY KEY,
    not_before INTEGER NOT NULL
) WITHOUT ROWID;
