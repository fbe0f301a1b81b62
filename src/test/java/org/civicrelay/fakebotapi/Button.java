package org.civicrelay.fakebotapi;

/**
 * An inline keyboard button as the bot sent it.
 *
 * @param text         the label
 * @param callbackData {@code callback_data}, or {@code null} for other kinds of button
 * @param url          {@code url}, or {@code null}
 */
public record Button(String text, String callbackData, String url) {}
