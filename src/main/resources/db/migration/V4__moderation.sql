-- Moderation: triage outcomes, spam blocks, and the links that let the anonymous relay find its way back.
-- (V3 belongs to the subscriptions work; Flyway applies versions in order and accepts the gap.)

-- The outcome of triage. triaged_at is the moderators' action time (not the author's), in epoch seconds:
-- relay links are kept for a while after it. author_key is a pseudonym of the author under a key of its
-- own (civic-relay/spam/v1), kept only while the submission awaits a decision, so that a spammer can be
-- stopped; it is set to NULL by the decision, whatever it is.
ALTER TABLE submission ADD COLUMN author_key TEXT;
ALTER TABLE submission ADD COLUMN triaged_at INTEGER;
ALTER TABLE submission ADD COLUMN recommendation TEXT;   -- R id an accepted submission was linked to
ALTER TABLE submission ADD COLUMN decline_reason TEXT;   -- id from moderation.decline-reasons

-- Authors marked as spammers, by author_key only, until the block runs out (then purged).
CREATE TABLE spam_block (
    author_key TEXT PRIMARY KEY,
    until      INTEGER NOT NULL                 -- epoch seconds
);
CREATE INDEX spam_block_by_until ON spam_block (until);

-- The bot's messages in a submitter's chat that a reply may answer (moderators' messages, outcomes).
-- link is a one-way hash of the chat's pseudonym and the message id, so that rows of the same person
-- cannot be grouped together without the data key.
CREATE TABLE relay_message (
    link       TEXT PRIMARY KEY,
    ref        TEXT NOT NULL REFERENCES submission (ref) ON DELETE CASCADE
);
CREATE INDEX relay_message_by_ref ON relay_message (ref);

-- The bot's messages in moderators' chats that stand for a submission (its card, relayed answers), so
-- that buttons and replies there know which submission they are about.
CREATE TABLE moderator_message (
    chat_key   TEXT NOT NULL,                   -- pseudonym of the moderators' chat (or a moderator's)
    message_id INTEGER NOT NULL,
    ref        TEXT NOT NULL REFERENCES submission (ref) ON DELETE CASCADE,
    card       INTEGER NOT NULL,                -- 1 for the card itself
    PRIMARY KEY (chat_key, message_id)
);
CREATE INDEX moderator_message_by_ref ON moderator_message (ref, chat_key);
