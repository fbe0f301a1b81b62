package org.civicrelay.telegram.triage;

import org.civicrelay.telegram.chat.MenuEntry;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.RecommendationArgument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.catalogue.ChangeStatus;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.catalogue.StatusChangeResult;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.follow.Followers;
import org.springframework.stereotype.Component;

/**
 * /setstatus R7 in_progress optional public note: moves a recommendation along and notifies its followers.
 * Moderators only (the router refuses everyone else before this runs), privately or in their chat.
 */
@Component
class SetStatusCommand implements CommandHandler {

    private final Recommendations recommendations;
    private final Followers followers;
    private final Catalogue catalogue;
    private final Moderators moderators;

    SetStatusCommand(Recommendations recommendations, Followers followers, Catalogue catalogue,
            Moderators moderators) {
        this.recommendations = recommendations;
        this.followers = followers;
        this.catalogue = catalogue;
        this.moderators = moderators;
    }

    @Override
    public List<String> commands() {
        return List.of("setstatus");
    }

    @Override
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.MODERATION, 40));
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
    }

    @Override
    public void handle(Interaction in) {
        String[] parts = in.text().strip().split("\\s+", 3);
        if (parts.length < 2 || parts[0].isEmpty()) {
            in.reply(in.t("setstatus.usage", statuses(in)));
            return;
        }
        Optional<RecommendationId> id = RecommendationId.parse(parts[0]);
        if (id.isEmpty()) {
            in.reply(in.t("setstatus.unknown-recommendation", RecommendationArgument.echo(parts[0])));
            return;
        }
        String status = parts[1].toLowerCase(Locale.ROOT);
        Optional<String> note = parts.length > 2 ? Optional.of(parts[2]) : Optional.empty();
        String moderator = moderators.alias(in.userId()).orElseThrow();
        StatusChangeResult result = recommendations.change(new ChangeStatus(id.get(), status, note, moderator));
        if (result instanceof StatusChangeResult.Changed) {
            in.reply(in.t("setstatus.done", id.get().value(), Html.escape(catalogue.statusLabel(status, in.locale())),
                    followers.followerCount(id.get())));
        } else if (result instanceof StatusChangeResult.UnknownRecommendation) {
            in.reply(in.t("setstatus.unknown-recommendation", id.get().value()));
        } else if (result instanceof StatusChangeResult.UnknownStatus) {
            in.reply(in.t("setstatus.unknown-status", RecommendationArgument.echo(parts[1]), statuses(in)));
        } else if (result instanceof StatusChangeResult.NoteTooLong tooLong) {
            in.reply(in.t("setstatus.note-too-long", tooLong.length(), tooLong.limit()));
        }
    }

    /** The valid statuses, one a line: the id to type and its label. */
    private String statuses(Interaction in) {
        return catalogue.statuses().stream()
                .map(status -> in.t("setstatus.status", status.id(), Html.escape(status.label().in(in.locale()))))
                .collect(Collectors.joining("\n"));
    }
}
