package org.civicrelay.telegram;

import java.util.List;
import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.subscription.Subscriptions;
import org.springframework.stereotype.Component;

/** /unsubscribe R7: stop following one recommendation (also one that has left the catalogue). */
@Component
class UnsubscribeCommand implements CommandHandler {

    private final Subscriptions subscriptions;

    UnsubscribeCommand(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public List<String> commands() {
        return List.of("unsubscribe");
    }

    @Override
    public void handle(Interaction in) {
        if (in.text().isBlank()) {
            in.reply(in.t("unsubscribe.usage"));
            return;
        }
        Optional<RecommendationId> id = SubscriptionArgument.id(in.text());
        if (id.isPresent() && subscriptions.unsubscribe(id.get(), in.user())) {
            in.reply(in.t("unsubscribe.done", id.get().value()));
        } else {
            in.reply(in.t("unsubscribe.not-following", SubscriptionArgument.echo(in.text())));
        }
    }
}
