package org.civicrelay.telegram.follow;

import java.util.List;
import java.util.Optional;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.follow.Followers;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.springframework.stereotype.Component;

/**
 * Status notices delivered silently (no sound or vibration: Telegram's {@code disable_notification}) or
 * not, one choice for everything the person follows, kept with their follows and gone with them. Offered
 * under each notice and under /subscriptions. Written {@code quiet:1:n} (silent, from a notice) or
 * {@code quiet:0:s2} (with sound, from page 3 of /subscriptions, which is redrawn).
 */
@Component
class SilenceButton extends AbstractButtonHandler<SilenceButton.Press> {

    static final String PREFIX = "quiet";

    enum Where {
        NOTICE,
        FOLLOWED
    }

    record Press(boolean silent, Where where, int page) {

        String encode() {
            return (silent ? "1" : "0") + ":" + (where == Where.NOTICE ? "n" : "s" + page);
        }

        static Optional<Press> parse(String data) {
            return ButtonData.parts(data, 2).flatMap(parts -> {
                if (!parts.get(0).equals("1") && !parts.get(0).equals("0")) {
                    return Optional.empty();
                }
                boolean silent = parts.get(0).equals("1");
                if (parts.get(1).equals("n")) {
                    return Optional.of(new Press(silent, Where.NOTICE, 0));
                }
                return parts.get(1).startsWith("s")
                        ? ButtonData.page(parts.get(1).substring(1))
                                .map(page -> new Press(silent, Where.FOLLOWED, page))
                        : Optional.empty();
            });
        }
    }

    static Button button(String label, boolean silent, Where where, int page) {
        return ButtonData.button(label, PREFIX, new Press(silent, where, page).encode());
    }

    private final Followers followers;
    private final RecommendationViews views;

    SilenceButton(Followers followers, RecommendationViews views) {
        super(PREFIX, Press::parse);
        this.followers = followers;
        this.views = views;
    }

    @Override
    public void handle(Interaction in, Press press) {
        if (!followers.setSilent(in.user(), press.silent())) {
            in.answer(in.t("subscriptions.none.toast"));
            return;
        }
        in.answer(in.t(press.silent() ? "notice.silent.toast" : "notice.sound.toast"));
        if (press.where() == Where.FOLLOWED) {
            List<Recommendation> followed = followers.followed(in.user());
            RecommendationViews.View view = views.followed(in, followed, press.page());
            in.editPressed(view.html(), view.keyboard());
        }
    }
}
