package org.civicrelay.telegram.follow;

import java.util.List;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.follow.Followers;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** Turns the page of a long /subscriptions list. */
@Component
class FollowingPageButton extends AbstractButtonHandler<Integer> {

    static final String PREFIX = "subs";

    /** The payload is the page number: {@code subs:2}. */
    static Button button(String label, int page) {
        return ButtonData.button(label, PREFIX, Integer.toString(page));
    }

    private final Followers followers;
    private final RecommendationViews views;

    FollowingPageButton(Followers followers, RecommendationViews views) {
        super(PREFIX, ButtonData::page);
        this.followers = followers;
        this.views = views;
    }

    @Override
    public void handle(Interaction in, Integer page) {
        List<Recommendation> followed = followers.followed(in.user());
        in.answer(null);
        if (followed.isEmpty()) {
            in.editPressed(in.t("subscriptions.none"), Keyboard.NONE);
            return;
        }
        RecommendationViews.View view = views.followed(in, followed, page);
        in.editPressed(view.html(), view.keyboard());
    }
}
