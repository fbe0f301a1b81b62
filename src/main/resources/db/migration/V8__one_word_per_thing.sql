-- One word per thing: a person sends a suggestion (not a submission) to a working group (not a topic) and
-- follows recommendations (a follow, not a subscription); the deletable-message ids are not a "chat log".
-- SQLite renames the references (foreign keys, indexes' tables) along with the tables and columns.
ALTER TABLE submission RENAME TO suggestion;
ALTER TABLE suggestion RENAME COLUMN topic TO working_group;
ALTER TABLE suggestion_draft RENAME COLUMN topic TO working_group;
ALTER TABLE subscription RENAME TO follow;
ALTER TABLE chat_message RENAME TO deletable_message;

DROP INDEX submission_by_state;
CREATE INDEX suggestion_by_state ON suggestion (state, created_on);
DROP INDEX submission_by_reply_key;
CREATE INDEX suggestion_by_reply_key ON suggestion (reply_key) WHERE reply_key IS NOT NULL;
DROP INDEX subscription_by_chat;
CREATE INDEX follow_by_chat ON follow (chat_key);
DROP INDEX subscription_by_recommendation;
CREATE INDEX follow_by_recommendation ON follow (recommendation);
DROP INDEX chat_message_by_time;
CREATE INDEX deletable_message_by_time ON deletable_message (at);
