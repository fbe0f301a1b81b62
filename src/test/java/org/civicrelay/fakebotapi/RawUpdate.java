package org.civicrelay.fakebotapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An update body as the real server could send it, valid or not, for {@link FakeTelegram#enqueueRawUpdate}.
 *
 * @param type    the update's field: {@code message}, {@code my_chat_member}, or a kind no library knows yet
 * @param payload the object under that field
 */
public record RawUpdate(String type, ObjectNode payload) {

    public RawUpdate {
        if (type == null || type.isBlank() || "update_id".equals(type) || payload == null) {
            throw new IllegalArgumentException("an update kind other than update_id, and a payload");
        }
    }
}
