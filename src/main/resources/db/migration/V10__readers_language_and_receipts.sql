-- Issue 12: each message in its reader's language, anonymous receipts, answers that arrive.
-- Languages are two letters (en, ru, uk), nothing more; nothing here names or identifies a person.

-- A reachable suggestion keeps the language its author wrote in (or chose with /language), so that the
-- decision and the moderators' questions reach them in it; it goes with the reply address. Anonymous
-- suggestions keep no language: among few speakers of a language it could point to the author.
ALTER TABLE suggestion ADD COLUMN language TEXT CHECK (language IS NULL OR length(language) = 2);
-- An anonymous suggestion's receipt, as a keyed hash only (HMAC under a sub-key of the data key): the
-- receipt itself is shown once to the author and kept nowhere. Erased with the other ways back to the
-- author (moderation.relay-retention after the decision), or by its holder from /check.
ALTER TABLE suggestion ADD COLUMN receipt_hash TEXT;
CREATE UNIQUE INDEX suggestion_by_receipt ON suggestion (receipt_hash) WHERE receipt_hash IS NOT NULL;
-- The moderators' latest question (Ask for more, /reply), shown to a receipt holder by /check; erased
-- with the text.
ALTER TABLE suggestion ADD COLUMN question TEXT;

-- The message a draft's text came from, so that editing that message replaces the draft.
ALTER TABLE suggestion_draft ADD COLUMN message_id INTEGER;

-- A follow keeps the language it was made in (or the one chosen with /language) and whether its status
-- notices arrive silently (disable_notification), a choice the person makes for all their follows.
ALTER TABLE follow ADD COLUMN language TEXT CHECK (language IS NULL OR length(language) = 2);
ALTER TABLE follow ADD COLUMN silent INTEGER NOT NULL DEFAULT 0;

-- The language a person chose with /language, under their pseudonym only; erased by /forget and when the
-- chat is gone. Without a choice, the language of each update is used and nothing is kept.
CREATE TABLE language_choice (
    user_key TEXT PRIMARY KEY,                  -- pseudonym of the Telegram user
    language TEXT NOT NULL CHECK (length(language) = 2)
);
