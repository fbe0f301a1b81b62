package org.civicrelay.telegram.fake;

/** One entry of the bot's "/" menu as set with {@code setMyCommands}. */
public record MenuCommand(String command, String description) {
}
