-- Exactly once under pauses: every claim of an outbox row increments claim_generation, and every
-- later step of that claim (recording the draft, retrying, releasing) holds only while the
-- generation is still its own, so an instance that was paused past its lease changes nothing.
-- claim_owner names the instance (for lease renewal and diagnosis). consent_token is the raw
-- token of the link in this mail, minted once when the mail is queued and erased once it is sent:
-- every attempt carries the same link, and the database keeps no usable link afterwards.
ALTER TABLE outbox ADD claim_generation INT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD claim_owner NVARCHAR(MAX);
ALTER TABLE outbox ADD consent_token NVARCHAR(MAX);

-- A mail cancelled after its draft was made is 'cancelling' until the dispatcher settles it.
DROP INDEX ix_outbox_due ON outbox;
CREATE INDEX ix_outbox_open ON outbox (due_at) WHERE state IN ('pending', 'drafted', 'cancelling');
