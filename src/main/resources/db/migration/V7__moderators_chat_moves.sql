-- The moderators' group can be upgraded by Telegram to a supergroup, which changes its id. The bot follows
-- the move and remembers it here, so that cards keep reaching the group after a restart even before the
-- operator updates BOT_MODERATOR_CHAT_ID. Group ids only: nothing here is about a person.
CREATE TABLE chat_move (
    from_chat INTEGER PRIMARY KEY,
    to_chat   INTEGER NOT NULL,
    moved_at  INTEGER NOT NULL                  -- epoch seconds
);
