-- How many answers an author has relayed to the moderators about one suggestion in the current hour, so that
-- one author cannot flood the moderators' chat (moderation.relay-answers-per-hour). No author, no content:
-- a reference, the start of the hour's window and a count. Old windows are purged; rows go with the suggestion.
CREATE TABLE relay_budget (
    ref          TEXT PRIMARY KEY REFERENCES suggestion (ref) ON DELETE CASCADE,
    window_start INTEGER NOT NULL,              -- epoch seconds
    answers      INTEGER NOT NULL
);
