-- How many months back the pane recalls the connector's intros of the same two people (6 unless an admin changes it; 0 is off).
ALTER TABLE tenant_policies ADD relationship_months INT NOT NULL DEFAULT 6;
