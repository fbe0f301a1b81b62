package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.DeletableMessages;
import org.civicrelay.telegram.outbox.Keyboard;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Deletes the conversation from the person's phone: their messages and the bot's, as far as Telegram
 * allows (48 hours). The confirmation is a toast, so that nothing is left in the chat afterwards.
 */
@Component
class WipeButton implements ButtonHandler {

    /** deleteMessages takes at most 100 ids. */
    static final int BATCH = 100;

    private final DeletableMessages deletableMessages;

    WipeButton(DeletableMessages deletableMessages) {
        this.deletableMessages = deletableMessages;
    }

    @Override
    public String prefix() {
        return WipeCommand.BUTTON;
    }

    @Override
    public void handle(Interaction in, String choice) {
        switch (choice) {
            case "yes" -> {
                in.answer(in.t("wipe.done.toast"));
                List<Integer> ids = new ArrayList<>(deletableMessages.deletable(in.user()));
                if (in.messageId() != null && !ids.contains(in.messageId())) {
                    ids.add(in.messageId());
                }
                for (int from = 0; from < ids.size(); from += BATCH) {
                    in.deleteMessages(ids.subList(from, Math.min(ids.size(), from + BATCH)));
                }
                deletableMessages.forget(in.user());
            }
            case "no" -> in.editPressed(in.t("wipe.kept"), Keyboard.NONE);
            default -> in.answer(in.t("button.stale"));
        }
    }
}
