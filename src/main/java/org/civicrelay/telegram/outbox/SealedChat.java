package org.civicrelay.telegram.outbox;

import java.util.Objects;
import org.civicrelay.privacy.SealedId;

/** A chat to write to, as another module stored it: its sealed id and its pseudonym. */
public record SealedChat(SealedId chat, String chatKey, boolean groupChat) {

    public SealedChat {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(chatKey, "chatKey");
    }
}
