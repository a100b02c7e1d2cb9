-- What came of an introduction once it was made. The final intro's thread is listened to for a
-- party writing to the other (outcome 'connected' by reply) until outcome_listen_until; the pane asks
-- the connector once, from outcome_asked_at (the tenant's outcome_after_business_days after the final
-- intro; NULL when the tenant never asks). Intros made before this have neither and are never asked.
ALTER TABLE intros ADD outcome NVARCHAR(32);
ALTER TABLE intros ADD outcome_at BIGINT;
ALTER TABLE intros ADD outcome_by NVARCHAR(32);
ALTER TABLE intros ADD outcome_asked_at BIGINT;
ALTER TABLE intros ADD outcome_listen_until BIGINT;
ALTER TABLE intros ADD final_message_id NVARCHAR(MAX);
ALTER TABLE intros ADD final_conversation_id NVARCHAR(450) COLLATE Latin1_General_100_BIN2;
ALTER TABLE tenant_policies ADD outcome_after_business_days INT NOT NULL DEFAULT 14;
GO
-- Every instance asks often which connectors still have a final intro listened to: a range on this.
CREATE INDEX ix_intros_outcome_listening ON intros (outcome_listen_until) WHERE outcome_listen_until IS NOT NULL;
