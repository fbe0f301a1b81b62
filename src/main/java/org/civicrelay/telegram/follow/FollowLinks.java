package org.civicrelay.telegram.follow;

import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.port.DeepLink;
import org.springframework.stereotype.Component;

/** A link to a recommendation ({@code ?start=R7}, from a handout or a QR code): its details, with Follow. */
@Component
class FollowLinks implements DeepLink {

    private final Recommendations recommendations;
    private final RecommendationViews views;

    FollowLinks(Recommendations recommendations, RecommendationViews views) {
        this.recommendations = recommendations;
        this.views = views;
    }

    @Override
    public boolean open(Interaction in, String payload) {
        return RecommendationId.parse(payload)
                .filter(id -> id.value().equals(payload))
                .flatMap(recommendations::current)
                .map(recommendation -> {
                    RecommendationViews.View view = views.details(in, recommendation, 0);
                    in.reply(view.html(), view.keyboard());
                    return true;
                })
                .orElse(false);
    }
}
