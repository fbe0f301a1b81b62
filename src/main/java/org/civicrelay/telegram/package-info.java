/**
 * The Telegram adapter, the only package that knows Telegram exists: long polling, the update router,
 * one small handler per command or button, message rendering, and the outbox sender.
 */
package org.civicrelay.telegram;
