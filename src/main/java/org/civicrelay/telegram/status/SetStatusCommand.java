package org.civicrelay.telegram.status;

import java.util.Locale;
import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.StatusDraft;
import org.civicrelay.catalogue.StatusDrafts;
import org.civicrelay.catalogue.StatusDrafts.DraftResult;
import org.civicrelay.privacy.Identities;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.civicrelay.telegram.chat.RecommendationArgument;
import org.springframework.stereotype.Component;

/**
 * /setstatus R7: a guided status change (the statuses as buttons, then the public note, then a preview with
 * the number of followers who will be notified). The one-line form /setstatus R7 in_progress optional note
 * goes straight to the preview. Nothing changes, and nobody is notified, until the preview is confirmed.
 * Moderators only (the router refuses everyone else before this runs), privately or in their chat.
 */
@Component
class SetStatusCommand extends AbstractCommandHandler {

    private final StatusDrafts drafts;
    private final StatusViews views;
    private final Identities identities;

    SetStatusCommand(StatusDrafts drafts, StatusViews views, Identities identities) {
        super("setstatus", MenuEntry.of(MenuEntry.Section.MODERATION, 40), Audience.MODERATORS);
        this.drafts = drafts;
        this.views = views;
        this.identities = identities;
    }

    @Override
    public void handle(Interaction in) {
        String[] parts = in.text() == null ? new String[0] : in.text().strip().split("\\s+", 3);
        if (parts.length == 0 || parts[0].isEmpty()) {
            in.reply(in.t("setstatus.usage", views.statuses(in)));
            return;
        }
        Optional<RecommendationId> id = RecommendationId.parse(parts[0]);
        if (id.isEmpty()) {
            in.reply(in.t("setstatus.unknown-recommendation", RecommendationArgument.echo(parts[0])));
            return;
        }
        String chatKey = identities.pseudonym(in.chatId()).value();
        if (parts.length == 1) {
            drafts.start(id.get(), chatKey)
                    .ifPresentOrElse(
                            draft -> {
                                StatusViews.Screen screen = views.choose(in, draft);
                                in.reply(screen.html(), screen.keyboard());
                            },
                            () -> in.reply(in.t(
                                    "setstatus.unknown-recommendation", id.get().value())));
            return;
        }
        String status = parts[1].toLowerCase(Locale.ROOT);
        Optional<String> note = parts.length > 2 ? Optional.of(parts[2]) : Optional.empty();
        DraftResult result = drafts.startComplete(id.get(), status, note, chatKey);
        if (result instanceof DraftResult.Ready ready) {
            StatusDraft draft = ready.draft();
            StatusViews.Screen screen = views.preview(in, draft);
            in.reply(screen.html(), screen.keyboard());
        } else if (result instanceof DraftResult.Invalid invalid) {
            in.reply(views.refusal(in, invalid.why(), id.get().value(), parts[1]));
        }
    }
}
