package org.civicrelay.telegram;

import java.util.List;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.subscription.Subscriptions;
import org.springframework.stereotype.Component;

/** Turns the page of a long /subscriptions list. */
@Component
class SubscriptionsPageButton implements ButtonHandler {

    private final Subscriptions subscriptions;
    private final RecommendationViews views;

    SubscriptionsPageButton(Subscriptions subscriptions, RecommendationViews views) {
        this.subscriptions = subscriptions;
        this.views = views;
    }

    @Override
    public String prefix() {
        return SubscriptionsCommand.PAGE;
    }

    @Override
    public void handle(Interaction in, String page) {
        List<Recommendation> followed = subscriptions.followed(in.user());
        in.answer(null);
        if (followed.isEmpty()) {
            in.editPressed(in.t("subscriptions.none"), Keyboard.NONE);
            return;
        }
        RecommendationViews.View view = views.followed(in, followed, RecommendationViews.number(page));
        in.editPressed(view.html(), view.keyboard());
    }
}
