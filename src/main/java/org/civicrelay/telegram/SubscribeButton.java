package org.civicrelay.telegram;

import java.util.Optional;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.privacy.Identities;
import org.civicrelay.subscription.SubscribeResult;
import org.civicrelay.subscription.Subscriber;
import org.civicrelay.subscription.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * "Follow R7" under a message that tells an author their suggestion was linked to R7: one press
 * subscribes, the answer says so; the message itself stays as it is.
 */
@Component
class SubscribeButton implements ButtonHandler {

    private final Recommendations recommendations;
    private final Subscriptions subscriptions;
    private final Identities identities;

    SubscribeButton(Recommendations recommendations, Subscriptions subscriptions, Identities identities) {
        this.recommendations = recommendations;
        this.subscriptions = subscriptions;
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
        SubscribeResult result = subscriptions.subscribe(id, new Subscriber(identities.seal(in.chatId()), in.user()));
        in.answer(in.t(result == SubscribeResult.ALREADY_SUBSCRIBED ? "follow.already" : "follow.on", id.value()));
    }
}
