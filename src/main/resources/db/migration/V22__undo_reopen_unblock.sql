-- Reversible decisions. A decision's message to its author is held for moderation.undo-window (60 s by default)
-- before it is queued: until then nothing has reached the author and the decision can be undone without a trace
-- outside the audit trail. from_state is what an undo returns the suggestion to. Rows go once released.
CREATE TABLE held_outcome (
    ref        TEXT PRIMARY KEY REFERENCES suggestion (ref) ON DELETE CASCADE,
    from_state TEXT NOT NULL,                   -- PENDING or MORE_INFO_REQUESTED
    moderator  TEXT NOT NULL,                   -- alias of who decided
    decided_at INTEGER NOT NULL,                -- epoch seconds
    release_at INTEGER NOT NULL                 -- epoch seconds
);
CREATE INDEX held_outcome_by_release ON held_outcome (release_at);

-- Which suggestion's spam mark a spam block comes from, so that /unblock S-... can lift it by the reference
-- alone: the author key (the spam sub-key's pseudonym, as in spam_block), never an id. Kept only while the
-- block lasts; purged with it.
CREATE TABLE spam_mark (
    ref        TEXT PRIMARY KEY REFERENCES suggestion (ref) ON DELETE CASCADE,
    author_key TEXT NOT NULL
);
CREATE INDEX spam_mark_by_author ON spam_mark (author_key);
