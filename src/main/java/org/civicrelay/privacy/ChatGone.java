package org.civicrelay.privacy;

/**
 * A chat the bot can no longer write to (the user blocked the bot or deleted their account, or the bot
 * left a group). Whatever was kept so as to write to that chat is useless now and is erased by whoever
 * kept it.
 */
public record ChatGone(Pseudonym chat) {
}
