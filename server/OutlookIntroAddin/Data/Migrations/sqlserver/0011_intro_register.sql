-- The register the connector drafted the requests in ('formal' or 'informal'); our own texts to the
-- parties follow it. NULL (every intro stored before) keeps the language's usual register.
ALTER TABLE intros ADD register NVARCHAR(16) NULL;
