package org.civicrelay.telegram.follow;

import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import java.util.Optional;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.follow.FollowResult;
import org.civicrelay.follow.Followers;
import org.springframework.stereotype.Component;

/**
 * Follow / Unfollow under a recommendation. The data says which (not "toggle"), so that a press on
 * an old message does what its label said; the message is then redrawn to show the new state. In a
 * private chat the chat id is the user's id, so the user's pseudonym is the chat's.
 */
@Component
class FollowButton implements ButtonHandler<FollowButton.Press> {

    static final String PREFIX = "follow";

    /**
     * Follow or unfollow one recommendation, then redraw where the button was: a page of its working
     * group's list, or its details (with the page to go back to). Written {@code on:R7:g2} / {@code off:R7:d2}.
     */
    record Press(boolean follow, RecommendationId recommendation, boolean details, int page) {

        String encode() {
            return (follow ? "on" : "off") + ":" + recommendation.value() + ":" + (details ? "d" : "g") + page;
        }

        static Optional<Press> parse(String data) {
            return ButtonData.parts(data, 3).flatMap(parts -> {
                if (!parts.get(0).equals("on") && !parts.get(0).equals("off") || parts.get(2).length() < 2
                        || parts.get(2).charAt(0) != 'd' && parts.get(2).charAt(0) != 'g') {
                    return Optional.empty();
                }
                return RecommendationId.parse(parts.get(1)).flatMap(id -> ButtonData.page(parts.get(2).substring(1))
                        .map(page -> new Press(parts.get(0).equals("on"), id, parts.get(2).charAt(0) == 'd', page)));
            });
        }
    }

    /** The button for a recommendation as the chat sees it now: Follow if it does not follow it, else Unfollow. */
    static Button button(Interaction in, RecommendationId id, boolean following, boolean details, int page) {
        return ButtonData.button(in.t(following ? "button.unfollow" : "button.follow", id.value()), PREFIX,
                new Press(!following, id, details, page).encode());
    }

    private final Followers followers;
    private final Recommendations recommendations;
    private final RecommendationViews views;

    FollowButton(Followers followers, Recommendations recommendations, RecommendationViews views) {
        this.followers = followers;
        this.recommendations = recommendations;
        this.views = views;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Optional<Press> parse(String data) {
        return Press.parse(data);
    }

    @Override
    public void handle(Interaction in, Press press) {
        Optional<Recommendation> recommendation = recommendations.current(press.recommendation());
        if (recommendation.isEmpty()) {
            in.answer(in.t("button.stale"));
            return;
        }
        RecommendationId id = recommendation.get().id();
        if (press.follow()) {
            FollowResult result = followers.follow(id, new ChatAddress(in.chatId()), in.user());
            in.answer(in.t(result == FollowResult.ALREADY_FOLLOWING ? "follow.already" : "follow.on", id.value()));
        } else {
            followers.unfollow(id, in.user());
            in.answer(in.t("follow.off", id.value()));
        }
        if (press.details()) {
            RecommendationViews.View view = views.details(in, recommendation.get(), press.page());
            in.editPressed(view.html(), view.keyboard());
        } else {
            views.group(in, recommendation.get().workingGroup(), press.page())
                    .ifPresent(view -> in.editPressed(view.html(), view.keyboard()));
        }
    }
}
