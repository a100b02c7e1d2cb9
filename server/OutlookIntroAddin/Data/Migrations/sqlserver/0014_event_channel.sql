-- The consent record: how each answer arrived (link, reply or connector) and, for a reply, the
-- inbox message that carried it (party_replies is keyed by party and message). Events recorded
-- before this have neither; the record says so rather than guessing.
ALTER TABLE intro_events ADD channel NVARCHAR(32);
ALTER TABLE intro_events ADD reply_message_id NVARCHAR(450) COLLATE Latin1_General_100_BIN2;
