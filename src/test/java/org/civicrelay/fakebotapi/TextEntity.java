package org.civicrelay.fakebotapi;

/**
 * A formatting entity of a message text, offsets and lengths in UTF-16 code units as the Bot API counts.
 * Optional attributes are {@code null} when they do not apply.
 */
record TextEntity(
        String type, int offset, int length, String url, String language, String customEmojiId, Long unixTime) {

    static TextEntity of(String type, int offset, int length) {
        return new TextEntity(type, offset, length, null, null, null, null);
    }
}
