package org.civicrelay.telegram.follow;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/** A working group chosen (or a page turned): its recommendations replace the message's content. */
@Component
class WorkingGroupButton implements ButtonHandler {

    private final RecommendationViews views;

    WorkingGroupButton(RecommendationViews views) {
        this.views = views;
    }

    @Override
    public String prefix() {
        return RecommendationViews.GROUP;
    }

    /** {@code group:page}. */
    @Override
    public void handle(Interaction in, String argument) {
        String[] parts = argument.split(":", 2);
        views.group(in, parts[0], parts.length > 1 ? RecommendationViews.number(parts[1]) : 0).ifPresentOrElse(
                view -> {
                    in.answer(null);
                    in.editPressed(view.html(), view.keyboard());
                },
                () -> in.answer(in.t("button.stale")));
    }
}
