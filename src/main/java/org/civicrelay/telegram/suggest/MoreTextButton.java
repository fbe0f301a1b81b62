package org.civicrelay.telegram.suggest;

import java.util.Optional;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.suggestion.WriteResult;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.ButtonWords;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * A second message while a suggestion is reviewed: added to the text, put in its place, or left out. The
 * message is read back from the one the offer answers, so it is kept nowhere while the author decides.
 */
@Component
class MoreTextButton extends AbstractButtonHandler<MoreTextButton.Press> {

    static final String PREFIX = "more";

    enum Press {
        ADD,
        REPLACE,
        NO;

        String encode() {
            return WORDS.encode(this);
        }

        static Optional<Press> parse(String data) {
            return WORDS.parse(data);
        }
    }

    static final ButtonWords<Press> WORDS = ButtonWords.of(Press.class, "add", "replace", "no");

    static Button button(String label, Press press) {
        return ButtonData.button(label, PREFIX, press.encode());
    }

    private final SuggestionFlow flow;
    private final SuggestionViews views;
    private final WriteAnswers answers;

    MoreTextButton(SuggestionFlow flow, SuggestionViews views, WriteAnswers answers) {
        super(PREFIX, Press::parse);
        this.flow = flow;
        this.views = views;
        this.answers = answers;
    }

    @Override
    public void handle(Interaction in, Press press) {
        if (press == Press.NO) {
            in.answer(null);
            in.editPressed(in.t("suggest.add-declined"), Keyboard.NONE);
            return;
        }
        Optional<String> text = in.quotedText();
        if (text.isEmpty()) {
            in.answer(null);
            in.editPressed(in.t("suggest.add-gone"), Keyboard.NONE);
            return;
        }
        if (flow.current(in.user()).filter(draft -> draft.isReviewing()).isEmpty()) {
            views.gone(in);
            return;
        }
        in.answer(null);
        WriteResult result;
        if (press == Press.ADD) {
            result = flow.append(in.user(), text.get());
        } else {
            flow.edit(in.user());
            result = flow.write(in.user(), text.get(), in.quoted().orElseThrow().messageId());
        }
        in.editPressed(in.t(press == Press.ADD ? "suggest.added" : "suggest.replaced"), Keyboard.NONE);
        answers.show(in, result, views::review);
    }
}
