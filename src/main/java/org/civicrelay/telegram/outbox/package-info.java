/**
 * The platform's back: every Bot API call the bot makes is queued here in SQLite and sent by one paced
 * sender, within Telegram's limits; the message model (text, keyboard, button) features write.
 */
package org.civicrelay.telegram.outbox;
