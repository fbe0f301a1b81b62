/**
 * The small API every feature's handlers use: an interaction (who, where, which language, how to answer),
 * the handler interfaces, texts from the bundles, and HTML escaping. Nothing here knows Telegram's library.
 */
package org.civicrelay.telegram.chat;
