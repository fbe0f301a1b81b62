package org.civicrelay.telegram.follow;

import java.util.Locale;
import java.util.Optional;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.follow.FollowResult;
import org.civicrelay.follow.Followers;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.chat.port.FollowOffer;
import org.civicrelay.telegram.outbox.Button;
import org.springframework.stereotype.Component;

/**
 * "Follow R7" under a message that tells an author their suggestion was linked to R7: one press
 * follows it, the answer says so; the message itself stays as it is. Offered to the feature that tells
 * authors about decisions through {@link FollowOffer}.
 */
@Component
class FollowLinkedButton extends AbstractButtonHandler<RecommendationId> implements FollowOffer {

    static final String PREFIX = "linked";

    private final Recommendations recommendations;
    private final Followers followers;
    private final Texts texts;

    FollowLinkedButton(Recommendations recommendations, Followers followers, Texts texts) {
        super(PREFIX, RecommendationId::parse);
        this.texts = texts;
        this.recommendations = recommendations;
        this.followers = followers;
    }

    /** The payload is the recommendation's id itself: {@code linked:R7}. */
    @Override
    public Button offer(Locale locale, RecommendationId recommendation) {
        return ButtonData.button(
                texts.get(locale, "relay.button.follow", recommendation.value()), PREFIX, recommendation.value());
    }

    @Override
    public void handle(Interaction in, RecommendationId press) {
        Optional<Recommendation> recommendation = recommendations.current(press);
        if (recommendation.isEmpty()) {
            in.answer(in.t("button.stale"));
            return;
        }
        RecommendationId id = recommendation.get().id();
        FollowResult result = followers.follow(id, new ChatAddress(in.chatId()), in.user(), in.locale());
        in.answer(in.t(result == FollowResult.ALREADY_FOLLOWING ? "follow.already" : "follow.on", id.value()));
    }
}
