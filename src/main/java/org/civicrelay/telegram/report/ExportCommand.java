package org.civicrelay.telegram.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.moderation.AuditTrail;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.suggestion.AcceptedSuggestion;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * /export [working group]: the accepted suggestions as a Markdown and a CSV document for the workshop's
 * report, sent where the moderator asked (the moderators' chat or their private chat: the router lets this
 * run nowhere else), protected from forwarding and saving, as the authors' words are in them. Audited.
 */
@Component
class ExportCommand extends AbstractCommandHandler {

    /** Telegram takes documents of up to 50 MB; well below, in case of a very large workshop. */
    static final int MAX_BYTES = 40 * 1024 * 1024;

    private final Suggestions suggestions;
    private final ReportDocuments documents;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Moderators moderators;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    ExportCommand(
            Suggestions suggestions,
            ReportDocuments documents,
            Catalogue catalogue,
            AuditTrail audit,
            Moderators moderators,
            Outbox outbox,
            Texts texts,
            Clock clock) {
        super("export", MenuEntry.of(MenuEntry.Section.MODERATION, 60), Audience.MODERATORS);
        this.suggestions = suggestions;
        this.documents = documents;
        this.catalogue = catalogue;
        this.audit = audit;
        this.moderators = moderators;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void handle(Interaction in) {
        String argument = in.text() == null ? "" : in.text().strip().toLowerCase(Locale.ROOT);
        Optional<String> workingGroup = argument.isEmpty() ? Optional.empty() : Optional.of(argument.split("\\s+")[0]);
        if (workingGroup.isPresent()
                && catalogue.workingGroup(workingGroup.get()).isEmpty()) {
            in.reply(in.t("export.unknown-group", Html.escape(Texts.cut(workingGroup.get(), 20)), groups()));
            return;
        }
        List<AcceptedSuggestion> accepted = suggestions.accepted(workingGroup);
        audit.record(moderators.alias(in.userId()).orElseThrow(), "export", workingGroup.orElse("all"));
        if (accepted.isEmpty()) {
            in.reply(in.t("export.none"));
            return;
        }
        // The documents are in the bot's default language, as cards are: moderators share them.
        Locale locale = texts.fallback();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ReportDocuments.Document markdown = documents.markdown(accepted, workingGroup, today, locale);
        ReportDocuments.Document csv = documents.csv(accepted, workingGroup, today, locale);
        if (markdown.content().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES
                || csv.content().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            in.reply(in.t("export.too-large", groups()));
            return;
        }
        String group = workingGroup
                .map(id -> Html.escape(catalogue.workingGroupTitle(id, locale)))
                .orElseGet(() -> in.t("export.all-groups"));
        outbox.enqueue(
                in.chatId(),
                in.isGroupChat(),
                Lane.REPLY,
                Outbound.document(
                        markdown.fileName(), markdown.content(), in.t("export.caption", accepted.size(), group), true));
        outbox.enqueue(
                in.chatId(),
                in.isGroupChat(),
                Lane.REPLY,
                Outbound.document(csv.fileName(), csv.content(), null, true));
    }

    private String groups() {
        return catalogue.workingGroups().stream()
                .map(group -> "<code>" + Html.escape(group.id()) + "</code>")
                .collect(Collectors.joining(", "));
    }
}
