package org.civicrelay.telegram.mydata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.ButtonWords;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.port.WipeOffer;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.DeletableMessages;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * Deletes the conversation from the person's phone: their messages and the bot's, as far as Telegram
 * allows (48 hours). The confirmation is a toast, so that nothing is left in the chat afterwards.
 */
@Component
class WipeButton extends AbstractButtonHandler<WipeButton.Press> implements WipeOffer {

    static final String PREFIX = "wipe";

    /** Wipe the conversation now, or keep it. */
    enum Press {
        WIPE,
        KEEP;

        String encode() {
            return WORDS.encode(this);
        }

        static Optional<Press> parse(String data) {
            return WORDS.parse(data);
        }
    }

    static final ButtonWords<Press> WORDS = ButtonWords.of(Press.class, "yes", "no");

    static Button button(String label, Press press) {
        return ButtonData.button(label, PREFIX, press.encode());
    }

    /** deleteMessages takes at most 100 ids. */
    static final int BATCH = 100;

    private final DeletableMessages deletableMessages;

    WipeButton(DeletableMessages deletableMessages) {
        super(PREFIX, Press::parse);
        this.deletableMessages = deletableMessages;
    }

    /** Offered right after a suggestion is sent: one press wipes, without a second question. */
    @Override
    public Button offer(Interaction in) {
        return button(in.t("button.wipe-after-sending"), Press.WIPE);
    }

    @Override
    public void handle(Interaction in, Press press) {
        switch (press) {
            case WIPE -> {
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
            case KEEP -> in.editPressed(in.t("wipe.kept"), Keyboard.NONE);
        }
    }
}
