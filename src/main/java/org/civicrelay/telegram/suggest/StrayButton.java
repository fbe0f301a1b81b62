package org.civicrelay.telegram.suggest;

import java.util.Optional;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** "Send this as a suggestion?": yes starts a draft from the message the offer answers; no keeps nothing. */
@Component
class StrayButton extends AbstractButtonHandler<Boolean> {

    static final String PREFIX = "stray";
    private static final String YES = "yes";
    private static final String NO = "no";

    static Button button(String label, boolean yes) {
        return ButtonData.button(label, PREFIX, ButtonData.flag(yes, YES, NO));
    }

    private final SuggestionFlow flow;
    private final SuggestionViews views;
    private final WriteAnswers answers;

    StrayButton(SuggestionFlow flow, SuggestionViews views, WriteAnswers answers) {
        super(PREFIX, data -> ButtonData.flag(data, YES, NO));
        this.flow = flow;
        this.views = views;
        this.answers = answers;
    }

    @Override
    public void handle(Interaction in, Boolean yes) {
        in.answer(null);
        if (!yes) {
            in.editPressed(in.t("stray.declined"), Keyboard.NONE);
            return;
        }
        Optional<String> text = in.quotedText();
        if (text.isEmpty()) {
            in.editPressed(in.t("suggest.add-gone"), Keyboard.NONE);
            return;
        }
        answers.show(
                in,
                flow.startWith(in.user(), text.get(), in.quoted().orElseThrow().messageId()),
                (interaction, draft) -> views.askWorkingGroupInPlace(interaction));
    }
}
