package org.civicrelay.telegram.suggest;

import java.util.Optional;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** Asked about an unfinished suggestion: continue it, or discard it and start anew (perhaps in a given group). */
@Component
class DraftButton extends AbstractButtonHandler<DraftButton.Press> {

    static final String PREFIX = "draft";

    /** {@code draft:keep}, or {@code draft:new:-} / {@code draft:new:media} (anew, in that working group). */
    record Press(boolean anew, Optional<String> workingGroup) {

        Press {
            ButtonData.requireId(workingGroup);
        }

        static Press keep() {
            return new Press(false, Optional.empty());
        }

        static Press startAnew(Optional<String> workingGroup) {
            return new Press(true, workingGroup);
        }

        String encode() {
            return anew ? "new:" + ButtonData.optionalId(workingGroup) : "keep";
        }

        static Optional<Press> parse(String data) {
            if (data.equals("keep")) {
                return Optional.of(keep());
            }
            return ButtonData.parts(data, 2)
                    .filter(parts -> parts.get(0).equals("new"))
                    .flatMap(parts -> ButtonData.optionalId(parts.get(1)))
                    .map(Press::startAnew);
        }
    }

    static Button button(String label, Press press) {
        return ButtonData.button(label, PREFIX, press.encode());
    }

    private final SuggestionFlow flow;
    private final SuggestionViews views;
    private final Beginning beginning;

    DraftButton(SuggestionFlow flow, SuggestionViews views, Beginning beginning) {
        super(PREFIX, Press::parse);
        this.flow = flow;
        this.views = views;
        this.beginning = beginning;
    }

    @Override
    public void handle(Interaction in, Press press) {
        in.answer(null);
        if (press.anew()) {
            in.editPressed(in.t("suggest.draft-discarded"), Keyboard.NONE);
            beginning.start(in, press.workingGroup());
            return;
        }
        flow.current(in.user())
                .ifPresentOrElse(
                        draft -> {
                            in.editPressed(in.t("suggest.draft-continued"), Keyboard.NONE);
                            views.resume(in, draft);
                        },
                        () -> views.gone(in));
    }
}
