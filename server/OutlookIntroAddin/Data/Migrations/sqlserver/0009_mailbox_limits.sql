-- Graph's limits per mailbox, held for every instance on this database. A request to Graph holds one
-- of Graph:MaxConcurrentPerMailbox 'request' permits while it runs: its holder renews it and deletes
-- it when Graph answered, and a crashed holder's permit frees when expires_at passes. A send holds one
-- of Graph:MessagesPerMinute 'send' permits for the minute after it went. Times are real time, Unix ms.
CREATE TABLE mailbox_permits (
    mailbox NVARCHAR(320) NOT NULL,
    kind NVARCHAR(32) NOT NULL,
    slot INT NOT NULL,
    holder NVARCHAR(450) NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (mailbox, kind, slot)
);

-- Nothing goes to a mailbox before not_before: the Retry-After of Graph's last 429 or 503 for it.
CREATE TABLE mailbox_backoff (
    mailbox NVARCHAR(320) NOT NULL PRIMARY KEY,
    not_before BIGINT NOT NULL
);
