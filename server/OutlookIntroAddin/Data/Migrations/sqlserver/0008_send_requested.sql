-- When a claim asked Graph to send the row's draft (real time). Exchange sends asynchronously: for a
-- while after that the draft may still be a draft and its Sent Items copy not findable, so a later
-- claim waits out Graph:SendGrace before it sends the draft again.
ALTER TABLE outbox ADD send_requested_at BIGINT;
