-- The public progress board (BOT_PUBLIC_CHANNEL_ID): one pinned message per working group in a public channel,
-- edited in place when a status changes. Per working group: the message's id, a hash of the text it shows (an
-- edit that would change nothing is not sent), whether it must be brought up to date, and the edit or post in
-- flight (at most one per working group, so that a burst of changes makes one edit, within Telegram's limits).
-- About the catalogue only; nothing about any person.
CREATE TABLE board_post (
    working_group  TEXT PRIMARY KEY,
    message_id     INTEGER,                     -- null until posted
    shown_hash     TEXT,                        -- SHA-256 of the text the message shows
    dirty          INTEGER NOT NULL DEFAULT 1,  -- 1: to be brought up to date
    pending_hash   TEXT,                        -- the text in flight, until Telegram took it
    pending_since  INTEGER,                     -- epoch seconds; null when nothing is in flight
    stuck          INTEGER NOT NULL DEFAULT 0   -- edits in a row that never came back (the message is gone?)
);
