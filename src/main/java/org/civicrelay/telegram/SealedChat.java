package org.civicrelay.telegram;

import java.util.Objects;
import org.civicrelay.privacy.SealedId;

/** A chat to write to, as another module stored it: its sealed id and its pseudonym. */
record SealedChat(SealedId chat, String chatKey, boolean groupChat) {

    SealedChat {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(chatKey, "chatKey");
    }
}
