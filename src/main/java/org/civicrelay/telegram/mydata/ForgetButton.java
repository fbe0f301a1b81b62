package org.civicrelay.telegram.mydata;

import java.util.Optional;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.privacy.WalCheckpoint;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.ButtonWords;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Erases everything kept about the person, in one transaction: follows, reply links, conversation
 * state, pending messages, deletable-message ids, and the author key of their suggestions awaiting a
 * decision, anonymous ones included (every module listens to {@link ChatGone}); with "text", also the text
 * of the suggestions that can still be found (reachable ones, and those still holding an author key). An
 * anonymous suggestion already decided, or sent longer ago than the anonymity window, is linked to nobody.
 */
@Component
class ForgetButton extends AbstractButtonHandler<ForgetButton.Press> {

    static final String PREFIX = "forget";

    /** Forget everything; everything and the texts of one's reachable suggestions; or nothing. */
    enum Press {
        ALL,
        WITH_TEXT,
        KEEP;

        String encode() {
            return WORDS.encode(this);
        }

        static Optional<Press> parse(String data) {
            return WORDS.parse(data);
        }
    }

    static final ButtonWords<Press> WORDS = ButtonWords.of(Press.class, "all", "text", "no");

    static Button button(String label, Press press) {
        return ButtonData.button(label, PREFIX, press.encode());
    }

    private final ApplicationEventPublisher events;
    private final WalCheckpoint checkpoint;
    private final PrivacyFigures figures;

    ForgetButton(ApplicationEventPublisher events, WalCheckpoint checkpoint, PrivacyFigures figures) {
        super(PREFIX, Press::parse);
        this.events = events;
        this.checkpoint = checkpoint;
        this.figures = figures;
    }

    @Override
    public void handle(Interaction in, Press press) {
        if (press == Press.KEEP) {
            in.editPressed(in.t("forget.kept"), Keyboard.NONE);
            return;
        }
        boolean alsoText = press == Press.WITH_TEXT;
        // Pending messages to this chat are erased too, so the answer is queued only afterwards.
        events.publishEvent(ChatGone.forgetRequested(in.user(), alsoText));
        checkpoint.afterCommit();
        in.answer(in.t("forget.done.toast"));
        in.editPressed(
                in.t(alsoText ? "forget.erased.with-text" : "forget.erased", figures.spamBlockHours()), Keyboard.NONE);
    }
}
