-- Forward-secret authorship (issue 11). Nothing on disk may link a person to an anonymous suggestion, or to
-- the ids of their recent messages, even for someone who also holds the data key. (V11 rather than V9: the
-- versions in between are left to work done in parallel.)

-- Author keys were HMACs under a sub-key of the data key: with the key, anyone could try every Telegram id
-- against them. They are now links under an epoch key that exists in the running process's memory only
-- (privacy/EpochKeys). The old ones cannot be converted (they are one-way) and keeping them would keep the
-- exposure, so they are erased: a suggestion sent before the upgrade can still be marked as spam, but its
-- author is then not blocked.
UPDATE suggestion SET author_key = NULL WHERE author_key IS NOT NULL;
-- Spam blocks held the same old author keys (for up to 30 days): lifted.
DELETE FROM spam_block;

-- Deletable message ids were filed under the chat's lasting pseudonym, with times to the second; they are
-- now filed under a link under an epoch key. Erased: after the upgrade /wipe cannot delete messages sent
-- before it (a person can still delete the chat in Telegram).
DELETE FROM deletable_message;

-- Relay links were unkeyed SHA-256 hashes of (pseudonym, message id): anyone with the database could compute
-- them from the pseudonyms other tables hold and group a person's suggestions. They are now keyed. The old
-- ones cannot be converted: erased. An author's reply to a moderators' message sent before the upgrade then
-- no longer reaches the moderators; they can write again with /reply.
DELETE FROM relay_message;

-- Queued calls: payloads are now sealed like the chat id (the bot seals rows from before this version at
-- start-up), so the kind of call, which re-addressing the moderators' group needs, moves into a column;
-- held_until keeps a card or a relayed answer back for its random delay (BOT_CARD_DELAY), epoch milliseconds.
ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'SEND';
UPDATE outbox SET kind = coalesce(json_extract(payload, '$.kind'), 'SEND') WHERE typeof(payload) = 'text';
ALTER TABLE outbox ADD COLUMN held_until INTEGER NOT NULL DEFAULT 0;
