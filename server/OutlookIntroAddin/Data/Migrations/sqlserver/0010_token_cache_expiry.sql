-- The token cache is now Microsoft.Identity.Web's distributed cache: an entry may carry an expiry
-- (absolute, or sliding with each read). Entries of the former format cannot be read by it, so they
-- go: each connector's next request signs them in again, and their held mail then goes out.
DELETE FROM token_cache;
ALTER TABLE token_cache ADD expires_at BIGINT NULL, sliding_ms BIGINT NULL, absolute_at BIGINT NULL;
