-- Civic Relay keeps only what a feature needs. No names, usernames, phone numbers or language codes.
-- Telegram ids appear only sealed (AES-GCM, column type BLOB) or as keyed pseudonyms (TEXT).

-- Update ids already handled: getUpdates is at-least-once for us, so a redelivered update is dropped.
CREATE TABLE handled_update (
    update_id  INTEGER PRIMARY KEY,
    handled_at INTEGER NOT NULL                 -- epoch seconds, for the purge
);

-- A suggestion being written. Survives a restart; purged when abandoned.
CREATE TABLE suggestion_draft (
    user_key   TEXT PRIMARY KEY,                -- pseudonym of the Telegram user
    step       TEXT NOT NULL,
    topic      TEXT,
    body       TEXT,
    updated_at INTEGER NOT NULL                 -- epoch seconds
);

CREATE TABLE submission (
    ref             TEXT PRIMARY KEY,           -- S-XXXXX, random
    topic           TEXT NOT NULL,              -- working group id
    body            TEXT,                       -- null once purged
    created_on      TEXT NOT NULL,              -- YYYY-MM-DD: to the day, no time
    state           TEXT NOT NULL,
    reply_to        BLOB,                       -- sealed chat id; null when the author stays anonymous
    card_message_id INTEGER                     -- the card in the moderators' chat, once posted
);
CREATE INDEX submission_by_state ON submission (state, created_on);

-- Everything the bot sends goes through here, so that nothing is lost when the process dies.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    lane       INTEGER NOT NULL,                -- 0 replies, 1 moderators, 2 bulk notifications
    chat       BLOB NOT NULL,                   -- sealed chat id
    chat_key   TEXT NOT NULL,                   -- pseudonym of the chat: pacing and erasure
    group_chat INTEGER NOT NULL,                -- 1 for groups (20 messages a minute)
    payload    TEXT NOT NULL,                   -- the message as JSON, without the chat id
    on_sent    TEXT,                            -- what to record once sent, e.g. card:S-7KQ3X
    attempts   INTEGER NOT NULL DEFAULT 0,
    not_before INTEGER NOT NULL,                -- epoch millis
    created_at INTEGER NOT NULL                 -- epoch millis
);
CREATE INDEX outbox_next ON outbox (lane, id);
CREATE INDEX outbox_by_chat ON outbox (chat_key);

-- Moderators who have started the bot, so that cards can reach them privately when no moderators'
-- chat is configured. Moderator ids are in the settings already; only their pseudonym is kept here.
CREATE TABLE moderator_presence (
    user_key TEXT PRIMARY KEY
);
