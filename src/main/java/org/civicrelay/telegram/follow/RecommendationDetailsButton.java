package org.civicrelay.telegram.follow;

import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.springframework.stereotype.Component;

/** One recommendation with its status history, in place of the list (Back returns to the same page). */
@Component
class RecommendationDetailsButton extends AbstractButtonHandler<RecommendationDetailsButton.Press> {

    static final String PREFIX = "recd";

    /** One recommendation, and the page of its working group's list to go back to: {@code recd:R7:2}. */
    record Press(RecommendationId recommendation, int backPage) {

        String encode() {
            return recommendation.value() + ":" + backPage;
        }

        static Optional<Press> parse(String data) {
            return ButtonData.parts(data, 2)
                    .flatMap(parts -> RecommendationId.parse(parts.get(0))
                            .flatMap(id -> ButtonData.page(parts.get(1)).map(page -> new Press(id, page))));
        }
    }

    static Button button(String label, RecommendationId recommendation, int backPage) {
        return ButtonData.button(label, PREFIX, new Press(recommendation, backPage).encode());
    }

    private final Recommendations recommendations;
    private final RecommendationViews views;

    RecommendationDetailsButton(Recommendations recommendations, RecommendationViews views) {
        super(PREFIX, Press::parse);
        this.recommendations = recommendations;
        this.views = views;
    }

    @Override
    public void handle(Interaction in, Press press) {
        recommendations
                .current(press.recommendation())
                .ifPresentOrElse(
                        recommendation -> {
                            RecommendationViews.View view = views.details(in, recommendation, press.backPage());
                            in.answer(null);
                            in.editPressed(view.html(), view.keyboard());
                        },
                        () -> in.answer(in.t("button.stale")));
    }
}
