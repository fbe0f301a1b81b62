-- /forget and /mysubmissions need to find a reachable author's submissions. reply_key is the author's
-- pseudonym (keyed HMAC, not the id), kept only beside a sealed reply address, i.e. only for authors who
-- chose to be reachable; it goes with that address (at /forget, at the retention purge, on 403).
ALTER TABLE submission ADD COLUMN reply_key TEXT;
CREATE INDEX submission_by_reply_key ON submission (reply_key) WHERE reply_key IS NOT NULL;

-- The messages of a private chat that the bot may still delete (Telegram allows 48 hours), for /wipe:
-- the chat's pseudonym, the message id and when. Nothing of the content. Purged after 48 hours.
CREATE TABLE chat_message (
    chat_key   TEXT NOT NULL,
    message_id INTEGER NOT NULL,
    at         INTEGER NOT NULL,                -- epoch seconds
    PRIMARY KEY (chat_key, message_id)
);
CREATE INDEX chat_message_by_time ON chat_message (at);
