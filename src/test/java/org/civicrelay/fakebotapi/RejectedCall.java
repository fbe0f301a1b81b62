package org.civicrelay.fakebotapi;

/**
 * An error answer the fake gave (4xx, 5xx, including injected ones).
 *
 * @param method      the canonical method name, or the raw path segment when the method is unknown
 * @param errorCode   the HTTP status and {@code error_code}
 * @param description the {@code description} sent to the bot
 */
public record RejectedCall(String method, int errorCode, String description) {}
