package org.civicrelay.fakebotapi;

/**
 * A chat as the fake knows it.
 *
 * @param type  {@code private}, {@code group}, {@code supergroup} or {@code channel}
 * @param title the title of a group or channel, {@code null} for a private chat
 */
public record KnownChat(long id, String type, String title) {}
