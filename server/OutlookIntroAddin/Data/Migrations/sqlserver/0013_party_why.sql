-- What each party gains from meeting the other, in the connector's words to them (their consent page's reason); '' for intros made before.
ALTER TABLE parties ADD why NVARCHAR(MAX) NOT NULL DEFAULT N'';
