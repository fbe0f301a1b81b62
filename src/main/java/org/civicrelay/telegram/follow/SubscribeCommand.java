package org.civicrelay.telegram.follow;

import java.util.Optional;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.follow.FollowResult;
import org.civicrelay.follow.Followers;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.civicrelay.telegram.chat.RecommendationArgument;
import org.civicrelay.telegram.chat.Texts;
import org.springframework.stereotype.Component;

/** /subscribe R7: follow one recommendation, without any registration. */
@Component
class SubscribeCommand extends AbstractCommandHandler {

    private final Followers followers;
    private final Recommendations recommendations;

    SubscribeCommand(Followers followers, Recommendations recommendations) {
        super("subscribe", MenuEntry.of(MenuEntry.Section.RECOMMENDATIONS, 40));
        this.followers = followers;
        this.recommendations = recommendations;
    }

    @Override
    public void handle(Interaction in) {
        if (in.text().isBlank()) {
            in.reply(in.t("subscribe.usage"));
            return;
        }
        Optional<Recommendation> recommendation =
                RecommendationArgument.id(in.text()).flatMap(recommendations::current);
        if (recommendation.isEmpty()) {
            in.reply(in.t("subscribe.unknown", RecommendationArgument.echo(in.text())));
            return;
        }
        RecommendationId id = recommendation.get().id();
        // In a private chat the chat id is the user's id: the user's pseudonym is the chat's.
        FollowResult result = followers.follow(id, new ChatAddress(in.chatId()), in.user(), in.locale());
        String title =
                Html.escape(Texts.cut(recommendation.get().title().in(in.locale()), RecommendationViews.LIST_TITLE));
        in.reply(in.t(
                result == FollowResult.ALREADY_FOLLOWING ? "subscribe.already" : "subscribe.done", id.value(), title));
    }
}
