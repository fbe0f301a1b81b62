package org.civicrelay.telegram.follow;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import java.util.Optional;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.privacy.Identities;
import org.civicrelay.follow.FollowResult;
import org.civicrelay.follow.Follower;
import org.civicrelay.follow.Followers;
import org.springframework.stereotype.Component;

/**
 * Subscribe / Unsubscribe under a recommendation. The data says which (not "toggle"), so that a press on
 * an old message does what its label said; the message is then redrawn to show the new state. In a
 * private chat the chat id is the user's id, so the user's pseudonym is the chat's.
 */
@Component
class FollowButton implements ButtonHandler {

    private final Followers followers;
    private final Recommendations recommendations;
    private final RecommendationViews views;
    private final Identities identities;

    FollowButton(Followers followers, Recommendations recommendations, RecommendationViews views,
            Identities identities) {
        this.followers = followers;
        this.recommendations = recommendations;
        this.views = views;
        this.identities = identities;
    }

    @Override
    public String prefix() {
        return RecommendationViews.FOLLOW;
    }

    /** {@code on|off:R7:g2} (list page 2) or {@code on|off:R7:d2} (details, back to page 2). */
    @Override
    public void handle(Interaction in, String argument) {
        String[] parts = argument.split(":", 3);
        Optional<Recommendation> recommendation = parts.length == 3
                ? RecommendationId.parse(parts[1]).flatMap(recommendations::current) : Optional.empty();
        if (recommendation.isEmpty() || !(parts[0].equals("on") || parts[0].equals("off"))
                || !parts[2].matches("[gd][0-9]{1,6}")) {
            in.answer(in.t("button.stale"));
            return;
        }
        RecommendationId id = recommendation.get().id();
        if (parts[0].equals("on")) {
            FollowResult result = followers.follow(id,
                    new Follower(identities.seal(in.chatId()), in.user()));
            in.answer(in.t(result == FollowResult.ALREADY_FOLLOWING ? "follow.already" : "follow.on", id.value()));
        } else {
            followers.unfollow(id, in.user());
            in.answer(in.t("follow.off", id.value()));
        }
        int page = RecommendationViews.number(parts[2].substring(1));
        if (parts[2].charAt(0) == 'd') {
            RecommendationViews.View view = views.details(in, recommendation.get(), page);
            in.editPressed(view.html(), view.keyboard());
        } else {
            views.group(in, recommendation.get().workingGroup(), page)
                    .ifPresent(view -> in.editPressed(view.html(), view.keyboard()));
        }
    }
}
