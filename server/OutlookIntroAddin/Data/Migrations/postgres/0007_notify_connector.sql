-- Whether a connector is mailed when an intro closes for silence or a request bounces (on unless an admin turns it off).
ALTER TABLE tenant_policies ADD COLUMN notify_connector BOOLEAN NOT NULL DEFAULT TRUE;
