/** A fake Telegram Bot API server that applies the real server's rules, for end-to-end tests of the bot. */
package org.civicrelay.fakebotapi;
