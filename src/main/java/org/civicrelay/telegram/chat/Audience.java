package org.civicrelay.telegram.chat;

/**
 * Who a command, button or text handler serves. Activists' handlers answer in private chats only;
 * moderators' handlers answer in private chats and in the moderators' chat, and only to the user ids
 * in {@code BOT_MODERATORS}: the router checks this on every update, so handlers need not.
 */
public enum Audience {
    ACTIVISTS,
    MODERATORS
}
