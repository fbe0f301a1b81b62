/**
 * A fake Telegram Bot API server that applies the real server's rules, for end-to-end tests of the bot; without
 * its server ({@link org.civicrelay.fakebotapi.FakeTelegram#inProcess}), for in-process tests of the handlers.
 */
package org.civicrelay.fakebotapi;
