-- Facts about the database itself, about nobody in it. One for now: data_key_fingerprint, an HMAC-SHA256
-- (base64) of a fixed label under a sub-key of the data key derived for this purpose only. It reveals
-- nothing of the key; it lets the bot refuse to start with another key, which would otherwise orphan every
-- sealed id and pseudonym in silence (privacy/KeyFingerprint).
CREATE TABLE meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
