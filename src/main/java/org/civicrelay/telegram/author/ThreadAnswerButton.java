package org.civicrelay.telegram.author;

import java.util.Optional;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.port.ModeratorDesk;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * "Send this to the moderators?": the message the offer answers goes under the card of the chosen
 * suggestion, if the presser is still its reachable author with an open thread; "No" sends nothing.
 */
@Component
class ThreadAnswerButton extends AbstractButtonHandler<Optional<SuggestionRef>> {

    static final String PREFIX = "thread";
    private static final String NONE = "-";

    static Button button(String label, SuggestionRef ref) {
        return ButtonData.button(label, PREFIX, ref.value());
    }

    static Button none(String label) {
        return ButtonData.button(label, PREFIX, NONE);
    }

    private final Suggestions suggestions;
    private final ModeratorDesk desk;

    ThreadAnswerButton(Suggestions suggestions, ModeratorDesk desk) {
        super(PREFIX, ThreadAnswerButton::read);
        this.suggestions = suggestions;
        this.desk = desk;
    }

    /** {@code thread:S-7KQ3X}, or {@code thread:-} for "No". */
    private static Optional<Optional<SuggestionRef>> read(String data) {
        if (data.equals(NONE)) {
            return Optional.of(Optional.empty());
        }
        return SuggestionRef.isValid(data) ? Optional.of(Optional.of(new SuggestionRef(data))) : Optional.empty();
    }

    @Override
    public void handle(Interaction in, Optional<SuggestionRef> press) {
        in.answer(null);
        if (press.isEmpty()) {
            in.editPressed(in.t("thread.declined"), Keyboard.NONE);
            return;
        }
        SuggestionRef ref = press.get();
        if (!suggestions.openThreads(in.user()).contains(ref)) {
            in.editPressed(in.t("check.not-open", ref.value()), Keyboard.NONE);
            return;
        }
        Optional<String> text = in.quotedText();
        if (text.isEmpty()) {
            in.editPressed(in.t("suggest.add-gone"), Keyboard.NONE);
            return;
        }
        String answer = text.get().strip();
        in.editPressed(
                desk.refusal(in, answer)
                        .or(() -> desk.postAnswer(in, ref, answer))
                        .orElseGet(() -> in.t("relay.answer-sent", ref.value())),
                Keyboard.NONE);
    }
}
