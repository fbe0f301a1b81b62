package org.civicrelay.telegram.follow;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.springframework.stereotype.Component;

/** One recommendation with its status history, in place of the list (Back returns to the same page). */
@Component
class RecommendationDetailsButton implements ButtonHandler {

    private final Recommendations recommendations;
    private final RecommendationViews views;

    RecommendationDetailsButton(Recommendations recommendations, RecommendationViews views) {
        this.recommendations = recommendations;
        this.views = views;
    }

    @Override
    public String prefix() {
        return RecommendationViews.DETAILS;
    }

    /** {@code R7:page}, the page of the list to go back to. */
    @Override
    public void handle(Interaction in, String argument) {
        String[] parts = argument.split(":", 2);
        RecommendationId.parse(parts[0]).flatMap(recommendations::current).ifPresentOrElse(
                recommendation -> {
                    RecommendationViews.View view = views.details(in, recommendation,
                            parts.length > 1 ? RecommendationViews.number(parts[1]) : 0);
                    in.answer(null);
                    in.editPressed(view.html(), view.keyboard());
                },
                () -> in.answer(in.t("button.stale")));
    }
}
