package org.civicrelay.telegram.suggest;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Keyboard;
import org.civicrelay.suggestion.SuggestionFlow;
import org.springframework.stereotype.Component;

/** Send, Edit or Cancel under the reviewed text (Cancel also appears under the working groups). */
@Component
class ReviewButton implements ButtonHandler {

    private final SuggestionFlow flow;
    private final SuggestionViews views;

    ReviewButton(SuggestionFlow flow, SuggestionViews views) {
        this.flow = flow;
        this.views = views;
    }

    @Override
    public String prefix() {
        return SuggestionViews.REVIEW;
    }

    @Override
    public void handle(Interaction in, String choice) {
        switch (choice) {
            case "send" -> flow.confirm(in.user()).ifPresentOrElse(
                    draft -> {
                        in.answer(null);
                        views.askReachability(in);
                    },
                    () -> in.answer(in.t("button.stale")));
            case "edit" -> flow.edit(in.user()).ifPresentOrElse(
                    draft -> {
                        in.answer(null);
                        in.editPressed(views.askText(in, draft.workingGroup(), flow.maxLength()), Keyboard.NONE);
                    },
                    () -> in.answer(in.t("button.stale")));
            case "cancel" -> {
                if (flow.cancel(in.user())) {
                    in.answer(null);
                    in.editPressed(in.t("cancel.done"), Keyboard.NONE);
                } else {
                    in.answer(in.t("button.stale"));
                }
            }
            default -> in.answer(in.t("button.stale"));
        }
    }
}
