package org.civicrelay.telegram;

import java.util.List;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.subscription.Subscriptions;
import org.springframework.stereotype.Component;

/** /subscriptions: what this chat follows, with each one's current status. */
@Component
class SubscriptionsCommand implements CommandHandler {

    static final String PAGE = "subs";

    private final Subscriptions subscriptions;
    private final RecommendationViews views;

    SubscriptionsCommand(Subscriptions subscriptions, RecommendationViews views) {
        this.subscriptions = subscriptions;
        this.views = views;
    }

    @Override
    public List<String> commands() {
        return List.of("subscriptions");
    }

    @Override
    public void handle(Interaction in) {
        List<Recommendation> followed = subscriptions.followed(in.user());
        if (followed.isEmpty()) {
            in.reply(in.t("subscriptions.none"));
            return;
        }
        RecommendationViews.View view = views.followed(in, followed, 0);
        in.reply(view.html(), view.keyboard());
    }
}
