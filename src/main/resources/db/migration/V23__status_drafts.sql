-- A status change being prepared by a moderator (/setstatus R7, or the button on a recommendation): which
-- recommendation, the status chosen, the public note, and where the bot asked for the note (the chat's
-- pseudonym and the message a reply goes to). Nothing is sent to followers until the preview is confirmed;
-- the draft then goes. Abandoned drafts are purged after a day.
CREATE TABLE status_draft (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    recommendation    TEXT NOT NULL REFERENCES recommendation (id),
    status            TEXT,                     -- chosen status id, until then null
    note              TEXT,                     -- the public note, if any
    note_given        INTEGER NOT NULL DEFAULT 0, -- 1 once a note was written or "no note" chosen
    chat_key          TEXT NOT NULL,            -- pseudonym of the chat where it is prepared
    prompt_message_id INTEGER,                  -- the bot's message asking for the note
    created_at        INTEGER NOT NULL          -- epoch seconds
);
CREATE INDEX status_draft_by_prompt ON status_draft (chat_key, prompt_message_id);
