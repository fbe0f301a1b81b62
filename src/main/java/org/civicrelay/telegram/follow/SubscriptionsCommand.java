package org.civicrelay.telegram.follow;

import java.util.List;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.follow.Followers;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /subscriptions: what this chat follows, with each one's current status. */
@Component
class SubscriptionsCommand extends AbstractCommandHandler {

    private final Followers followers;
    private final RecommendationViews views;

    SubscriptionsCommand(Followers followers, RecommendationViews views) {
        super("subscriptions", MenuEntry.of(MenuEntry.Section.RECOMMENDATIONS, 30));
        this.followers = followers;
        this.views = views;
    }

    @Override
    public void handle(Interaction in) {
        List<Recommendation> followed = followers.followed(in.user());
        if (followed.isEmpty()) {
            in.reply(in.t("subscriptions.none"));
            return;
        }
        RecommendationViews.View view = views.followed(in, followed, 0);
        in.reply(view.html(), view.keyboard());
    }
}
