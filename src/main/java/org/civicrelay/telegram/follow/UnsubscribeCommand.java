package org.civicrelay.telegram.follow;

import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.follow.Followers;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.civicrelay.telegram.chat.RecommendationArgument;
import org.springframework.stereotype.Component;

/** /unsubscribe R7: stop following one recommendation (also one that has left the catalogue). */
@Component
class UnsubscribeCommand extends AbstractCommandHandler {

    private final Followers followers;

    UnsubscribeCommand(Followers followers) {
        super("unsubscribe", MenuEntry.of(MenuEntry.Section.RECOMMENDATIONS, 50));
        this.followers = followers;
    }

    @Override
    public void handle(Interaction in) {
        if (in.text().isBlank()) {
            in.reply(in.t("unsubscribe.usage"));
            return;
        }
        Optional<RecommendationId> id = RecommendationArgument.id(in.text());
        if (id.isPresent() && followers.unfollow(id.get(), in.user())) {
            in.reply(in.t("unsubscribe.done", id.get().value()));
        } else {
            in.reply(in.t("unsubscribe.not-following", RecommendationArgument.echo(in.text())));
        }
    }
}
