-- The catalogue as the bot runs it. bot-config.yml stays the source of titles and of which recommendations
-- exist; SQLite keeps what the file cannot: each recommendation's current status, its history, and who
-- follows it. Start-up copies the file in (CatalogueSync).

CREATE TABLE recommendation (
    id            TEXT PRIMARY KEY,             -- R7, as in bot-config.yml
    working_group TEXT NOT NULL,
    position      INTEGER NOT NULL,             -- order in bot-config.yml, so that R10 follows R9
    title_en      TEXT NOT NULL,                -- copied from the file at each start, so that a retired
    title_ru      TEXT,                         -- recommendation can still be named to its followers
    status        TEXT NOT NULL,                -- a status id of catalogue.statuses
    retired       INTEGER NOT NULL DEFAULT 0    -- 1 once gone from the file: hidden, nothing deleted
);
CREATE INDEX recommendation_by_group ON recommendation (working_group, retired, position);

-- Every status a recommendation has had. The day is enough for the public ("changed on 2026-11-20") and
-- keeps less about when moderators work; the id orders changes made on the same day.
CREATE TABLE status_change (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    recommendation TEXT NOT NULL REFERENCES recommendation (id),
    status         TEXT NOT NULL,
    note           TEXT,                        -- the public note, shown to everyone
    changed_on     TEXT NOT NULL                -- YYYY-MM-DD (UTC)
);
CREATE INDEX status_change_by_recommendation ON status_change (recommendation, id);

-- Who follows what: only what is needed to write to them. Deleted on unsubscribe, on 403 from Telegram,
-- and when the user blocks the bot.
CREATE TABLE subscription (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    recommendation TEXT NOT NULL REFERENCES recommendation (id),
    chat           BLOB NOT NULL,               -- sealed chat id (AES-GCM)
    chat_key       TEXT NOT NULL,               -- pseudonym of the chat: look-ups and erasure
    UNIQUE (recommendation, chat_key)
);
CREATE INDEX subscription_by_chat ON subscription (chat_key);
-- Entries ordered by (recommendation, id): a status change pages through its followers without sorting.
CREATE INDEX subscription_by_recommendation ON subscription (recommendation);
