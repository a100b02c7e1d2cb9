-- Whether a connector is mailed when an intro closes for silence or a request bounces (on unless an admin turns it off).
ALTER TABLE tenant_policies ADD notify_connector BIT NOT NULL DEFAULT 1;
