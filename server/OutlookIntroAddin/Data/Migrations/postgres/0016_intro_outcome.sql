-- What came of an introduction once it was made. The final intro's thread is listened to for a
-- party writing to the other (outcome 'connected' by reply) until outcome_listen_until; the pane asks
-- the connector once, from outcome_asked_at (the tenant's outcome_after_business_days after the final
-- intro; NULL when the tenant never asks). Intros made before this have neither and are never asked.
ALTER TABLE intros ADD COLUMN outcome TEXT;
ALTER TABLE intros ADD COLUMN outcome_at BIGINT;
ALTER TABLE intros ADD COLUMN outcome_by TEXT;
ALTER TABLE intros ADD COLUMN outcome_asked_at BIGINT;
ALTER TABLE intros ADD COLUMN outcome_listen_until BIGINT;
ALTER TABLE intros ADD COLUMN final_message_id TEXT;
ALTER TABLE intros ADD COLUMN final_conversation_id TEXT;
ALTER TABLE tenant_policies ADD COLUMN outcome_after_business_days INTEGER NOT NULL DEFAULT 14;
-- Every instance asks often which connectors still have a final intro listened to: a range on this.
CREATE INDEX ix_intros_outcome_listening ON intros (outcome_listen_until) WHERE outcome_listen_until IS NOT NULL;
