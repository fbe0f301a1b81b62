/**
 * The platform's front: long polling with tolerant update parsing, routing each update to its handler,
 * who may do what (moderators, the moderators' chat, strangers' groups), and the bot's own health signs.
 */
package org.civicrelay.telegram.bot;
