-- What each party gains from meeting the other, in the connector's words to them (their consent page's reason); '' for intros made before.
ALTER TABLE parties ADD COLUMN why TEXT NOT NULL DEFAULT '';
