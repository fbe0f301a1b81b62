package org.civicrelay.telegram.follow;

import java.util.List;
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
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * Follow / Unfollow under a recommendation. The data says which (not "toggle"), so that a press on
 * an old message does what its label said; the message is then redrawn to show the new state. In a
 * private chat the chat id is the user's id, so the user's pseudonym is the chat's.
 */
@Component
class FollowButton extends AbstractButtonHandler<FollowButton.Press> {

    static final String PREFIX = "follow";

    /** Where the button is, and so what to redraw: a group's list, a recommendation's details, the list one follows. */
    static final char GROUP = 'g';

    static final char DETAILS = 'd';
    static final char FOLLOWED = 's';
    /** Under a status notice: the notice itself is left as it is. */
    static final char NOTICE = 'n';

    /**
     * Follow or unfollow one recommendation, then redraw where the button was: a page of its working
     * group's list, its details (with the page to go back to), or a page of /subscriptions. Written
     * {@code on:R7:g2} / {@code off:R7:d2} / {@code off:R7:s0}.
     */
    record Press(boolean follow, RecommendationId recommendation, char where, int page) {

        Press(boolean follow, RecommendationId recommendation, boolean details, int page) {
            this(follow, recommendation, details ? DETAILS : GROUP, page);
        }

        boolean details() {
            return where == DETAILS;
        }

        String encode() {
            return (follow ? "on" : "off") + ":" + recommendation.value() + ":" + where + page;
        }

        static Optional<Press> parse(String data) {
            return ButtonData.parts(data, 3).flatMap(parts -> {
                if (!parts.get(0).equals("on") && !parts.get(0).equals("off")
                        || parts.get(2).length() < 2
                        || "dgsn".indexOf(parts.get(2).charAt(0)) < 0) {
                    return Optional.empty();
                }
                return RecommendationId.parse(parts.get(1))
                        .flatMap(id -> ButtonData.page(parts.get(2).substring(1))
                                .map(page -> new Press(
                                        parts.get(0).equals("on"),
                                        id,
                                        parts.get(2).charAt(0),
                                        page)));
            });
        }
    }

    /** The button for a recommendation as the chat sees it now: Follow if it does not follow it, else Unfollow. */
    static Button button(Interaction in, RecommendationId id, boolean following, boolean details, int page) {
        return button(in, id, following, details ? DETAILS : GROUP, page);
    }

    /** Unfollow under a status notice, labelled in the follower's language. */
    static Button unfollowNotice(String label, RecommendationId id) {
        return ButtonData.button(label, PREFIX, new Press(false, id, NOTICE, 0).encode());
    }

    static Button button(Interaction in, RecommendationId id, boolean following, char where, int page) {
        return ButtonData.button(
                in.t(following ? "button.unfollow" : "button.follow", id.value()),
                PREFIX,
                new Press(!following, id, where, page).encode());
    }

    private final Followers followers;
    private final Recommendations recommendations;
    private final RecommendationViews views;

    FollowButton(Followers followers, Recommendations recommendations, RecommendationViews views) {
        super(PREFIX, Press::parse);
        this.followers = followers;
        this.recommendations = recommendations;
        this.views = views;
    }

    @Override
    public void handle(Interaction in, Press press) {
        if (press.where() == NOTICE) {
            boolean was = followers.unfollow(press.recommendation(), in.user());
            in.alert(in.t(
                    was ? "notice.unfollowed" : "unsubscribe.not-following",
                    press.recommendation().value()));
            return;
        }
        if (press.where() == FOLLOWED && !press.follow()) {
            // From /subscriptions: works for a recommendation that has left the catalogue, too.
            followers.unfollow(press.recommendation(), in.user());
            in.answer(in.t("follow.off", press.recommendation().value()));
            List<Recommendation> followed = followers.followed(in.user());
            if (followed.isEmpty()) {
                in.editPressed(in.t("subscriptions.none"), Keyboard.NONE);
            } else {
                RecommendationViews.View view = views.followed(in, followed, press.page());
                in.editPressed(view.html(), view.keyboard());
            }
            return;
        }
        Optional<Recommendation> recommendation = recommendations.current(press.recommendation());
        if (recommendation.isEmpty()) {
            in.answer(in.t("button.stale"));
            return;
        }
        RecommendationId id = recommendation.get().id();
        if (press.follow()) {
            FollowResult result = followers.follow(id, new ChatAddress(in.chatId()), in.user(), in.locale());
            in.answer(in.t(result == FollowResult.ALREADY_FOLLOWING ? "follow.already" : "follow.on", id.value()));
        } else {
            followers.unfollow(id, in.user());
            in.answer(in.t("follow.off", id.value()));
        }
        if (press.details() || press.where() == FOLLOWED) {
            RecommendationViews.View view = views.details(in, recommendation.get(), press.page());
            in.editPressed(view.html(), view.keyboard());
        } else {
            views.group(in, recommendation.get().workingGroup(), press.page())
                    .ifPresent(view -> in.editPressed(view.html(), view.keyboard()));
        }
    }
}
