package org.civicrelay.fakebotapi;

/** One entry of the bot's "/" menu as set with {@code setMyCommands}. */
public record MenuCommand(String command, String description) {}
