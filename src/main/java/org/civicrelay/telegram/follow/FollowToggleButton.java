package org.civicrelay.telegram.follow;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.triage.AuthorMessages;
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
 * "Follow R7" under a message that tells an author their suggestion was linked to R7: one press
 * subscribes, the answer says so; the message itself stays as it is.
 */
@Component
class FollowToggleButton implements ButtonHandler {

    private final Recommendations recommendations;
    private final Followers followers;
    private final Identities identities;

    FollowToggleButton(Recommendations recommendations, Followers followers, Identities identities) {
        this.recommendations = recommendations;
        this.followers = followers;
        this.identities = identities;
    }

    @Override
    public String prefix() {
        return AuthorMessages.SUBSCRIBE;
    }

    @Override
    public void handle(Interaction in, String argument) {
        Optional<Recommendation> recommendation = RecommendationId.parse(argument).flatMap(recommendations::current);
        if (recommendation.isEmpty()) {
            in.answer(in.t("button.stale"));
            return;
        }
        RecommendationId id = recommendation.get().id();
        FollowResult result = followers.follow(id, new Follower(identities.seal(in.chatId()), in.user()));
        in.answer(in.t(result == FollowResult.ALREADY_FOLLOWING ? "follow.already" : "follow.on", id.value()));
    }
}
