/**
 * The Telegram adapter, the only part that knows Telegram exists. Its platform packages ({@code bot},
 * {@code outbox}) speak the Bot API; {@code chat} is the small API of the features ({@code suggest},
 * {@code follow}, {@code triage}, {@code mydata}, {@code author}), which never depend on each other.
 */
package org.civicrelay.telegram;
