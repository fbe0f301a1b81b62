package org.civicrelay.telegram.suggest;

import java.util.Locale;
import java.util.Optional;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** Send, Edit or Cancel under the reviewed text (Cancel also appears under the working groups). */
@Component
class ReviewButton implements ButtonHandler<ReviewButton.Press> {

    static final String PREFIX = "review";

    /** What the author chose under the reviewed text. */
    enum Press {
        SEND,
        EDIT,
        CANCEL;

        String encode() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Press> parse(String data) {
            for (Press press : values()) {
                if (press.encode().equals(data)) {
                    return Optional.of(press);
                }
            }
            return Optional.empty();
        }
    }

    static Button button(String label, Press press) {
        return ButtonData.button(label, PREFIX, press.encode());
    }

    private final SuggestionFlow flow;
    private final SuggestionViews views;

    ReviewButton(SuggestionFlow flow, SuggestionViews views) {
        this.flow = flow;
        this.views = views;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Optional<Press> parse(String data) {
        return Press.parse(data);
    }

    @Override
    public void handle(Interaction in, Press press) {
        switch (press) {
            case SEND -> flow.confirm(in.user()).ifPresentOrElse(
                    draft -> {
                        in.answer(null);
                        views.askReachability(in);
                    },
                    () -> in.answer(in.t("button.stale")));
            case EDIT -> flow.edit(in.user()).ifPresentOrElse(
                    draft -> {
                        in.answer(null);
                        in.editPressed(views.askText(in, draft.workingGroup(), flow.maxLength()), Keyboard.NONE);
                    },
                    () -> in.answer(in.t("button.stale")));
            case CANCEL -> {
                if (flow.cancel(in.user())) {
                    in.answer(null);
                    in.editPressed(in.t("cancel.done"), Keyboard.NONE);
                } else {
                    in.answer(in.t("button.stale"));
                }
            }
        }
    }
}
