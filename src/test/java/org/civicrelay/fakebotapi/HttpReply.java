package org.civicrelay.fakebotapi;

/**
 * What the fake answers one HTTP request with: the status, the content type and the body, as the server
 * sends them (JSON for the Bot API, an nginx page for a 502).
 */
public record HttpReply(int status, String contentType, byte[] body) {}
