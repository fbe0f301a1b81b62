package org.civicrelay.telegram;

import org.civicrelay.submission.SuggestionService;
import org.springframework.stereotype.Component;

/** Send, Edit or Cancel under the reviewed text (Cancel also appears under the working groups). */
@Component
class ReviewButton implements ButtonHandler {

    private final SuggestionService suggestions;
    private final SuggestionViews views;

    ReviewButton(SuggestionService suggestions, SuggestionViews views) {
        this.suggestions = suggestions;
        this.views = views;
    }

    @Override
    public String prefix() {
        return SuggestionViews.REVIEW;
    }

    @Override
    public void handle(Interaction in, String choice) {
        switch (choice) {
            case "send" -> suggestions.confirm(in.user()).ifPresentOrElse(
                    draft -> {
                        in.answer(null);
                        views.askReachability(in);
                    },
                    () -> in.answer(in.t("button.stale")));
            case "edit" -> suggestions.edit(in.user()).ifPresentOrElse(
                    draft -> {
                        in.answer(null);
                        in.editPressed(views.askText(in, draft.topic(), suggestions.maxLength()), Keyboard.NONE);
                    },
                    () -> in.answer(in.t("button.stale")));
            case "cancel" -> {
                if (suggestions.cancel(in.user())) {
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
