-- What moderators did: alias, action, subject (a reference, a recommendation), time. No Telegram ids.
CREATE TABLE audit_entry (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        INTEGER NOT NULL,                 -- epoch seconds
    moderator TEXT NOT NULL,                    -- alias from the settings
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL
);
CREATE INDEX audit_entry_by_time ON audit_entry (at);
