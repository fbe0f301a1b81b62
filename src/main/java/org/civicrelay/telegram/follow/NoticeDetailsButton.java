package org.civicrelay.telegram.follow;

import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.springframework.stereotype.Component;

/**
 * "Details" under a status notice: the recommendation's details as a new message, so that the notice stays
 * as it was. The payload is the recommendation's id: {@code note:R7}.
 */
@Component
class NoticeDetailsButton extends AbstractButtonHandler<RecommendationId> {

    static final String PREFIX = "note";

    static Button button(String label, RecommendationId id) {
        return ButtonData.button(label, PREFIX, id.value());
    }

    private final Recommendations recommendations;
    private final RecommendationViews views;

    NoticeDetailsButton(Recommendations recommendations, RecommendationViews views) {
        super(PREFIX, NoticeDetailsButton::read);
        this.recommendations = recommendations;
        this.views = views;
    }

    private static Optional<RecommendationId> read(String data) {
        return RecommendationId.parse(data).filter(id -> id.value().equals(data));
    }

    @Override
    public void handle(Interaction in, RecommendationId id) {
        recommendations
                .current(id)
                .ifPresentOrElse(
                        recommendation -> {
                            in.answer(null);
                            RecommendationViews.View view = views.details(in, recommendation, 0);
                            in.reply(view.html(), view.keyboard());
                        },
                        () -> in.answer(in.t("recs.retired.toast")));
    }
}
