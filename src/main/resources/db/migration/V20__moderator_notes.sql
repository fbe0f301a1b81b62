-- Moderators' internal notes on a suggestion: a moderator's reply to its card, or /note. Shown to moderators,
-- never to the author, unless a moderator explicitly sends one (sent_at). A note lives with its suggestion:
-- deleted with the row (ON DELETE CASCADE) and erased with its text by the retention purge, since a remark
-- about a text can identify its author as well as the text can.
CREATE TABLE moderator_note (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    ref        TEXT NOT NULL REFERENCES suggestion (ref) ON DELETE CASCADE,
    moderator  TEXT NOT NULL,                   -- alias from the settings, never a Telegram id
    body       TEXT NOT NULL,
    written_at INTEGER NOT NULL,                -- epoch seconds
    sent_at    INTEGER                          -- when a moderator sent it to the author, if ever
);
CREATE INDEX moderator_note_by_ref ON moderator_note (ref, id);
