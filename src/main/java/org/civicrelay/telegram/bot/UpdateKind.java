package org.civicrelay.telegram.bot;

import org.telegram.telegrambots.meta.api.objects.Update;

/** What kind of update it was, for logs: never what it contained or who sent it. */
final class UpdateKind {

    private UpdateKind() {}

    static String of(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().hasText() ? "message/text" : "message/other";
        }
        if (update.hasCallbackQuery()) {
            return "callback_query";
        }
        if (update.hasEditedMessage()) {
            return "edited_message";
        }
        if (update.hasMyChatMember()) {
            return "my_chat_member";
        }
        return "other";
    }
}
