package org.civicrelay.telegram.triage;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.config.CatalogueSettings.Recommendation;
import org.civicrelay.config.CatalogueSettings.WorkingGroup;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.moderation.Outcome;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionState;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * A suggestion's card for the moderators and its triage buttons. The buttons carry only what was chosen
 * ({@code tri:a:R7}); which suggestion they are about is looked up from the card they are on. Cards are in
 * the bot's default language, as all moderators share them.
 */
@Component
class CardViews {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int TITLE_IN_BUTTON = 40;
    private static final int IDS_PER_ROW = 6;

    private final Texts texts;

    private final Catalogue catalogue;
    private final ModerationSettings settings;

    CardViews(Texts texts, Catalogue catalogue, ModerationSettings settings) {
        this.texts = texts;

        this.catalogue = catalogue;
        this.settings = settings;
    }

    Locale locale() {
        return texts.fallback();
    }

    /** The card as first posted, plus a line for a suggestion that awaits the author's answer. */
    String text(Suggestion suggestion) {
        String card = base(suggestion);
        if (suggestion.state() == SuggestionState.MORE_INFO_REQUESTED) {
            card += "\n\n" + texts.get(locale(), "triage.card.awaiting-answer") + question(suggestion);
        }
        return card;
    }

    /** The card once decided: what, by whom (alias), when. */
    String decided(Suggestion suggestion, Outcome outcome) {
        Locale locale = locale();
        String who = Html.escape(outcome.moderator());
        String when = MINUTE.format(outcome.at());
        String line = switch (outcome.state()) {
            case ACCEPTED ->
                outcome.recommendation()
                        .map(r -> texts.get(
                                locale,
                                "triage.card.accepted-linked",
                                who,
                                when,
                                r.id(),
                                Html.escape(r.title().in(locale))))
                        .orElseGet(() -> texts.get(locale, "triage.card.accepted", who, when));
            case DECLINED ->
                outcome.reason()
                        .map(r -> texts.get(
                                locale,
                                "triage.card.declined-reason",
                                who,
                                when,
                                Html.escape(r.label().in(locale))))
                        .orElseGet(() -> texts.get(locale, "triage.card.declined", who, when));
            case MORE_INFO_REQUESTED ->
                texts.get(
                                locale,
                                suggestion.reachable() ? "triage.card.more-info" : "triage.card.more-info-receipt",
                                who,
                                when)
                        + question(suggestion);
            case SPAM ->
                texts.get(
                        locale,
                        "triage.card.spam",
                        who,
                        when,
                        settings.spamBlock().toDays());
            case PENDING, WITHDRAWN -> "";
        };
        return base(suggestion) + "\n\n" + line;
    }

    /** The question put to the author, as a line of its own, or nothing. */
    private String question(Suggestion suggestion) {
        return suggestion
                .question()
                .map(question -> "\n" + texts.get(locale(), "triage.card.question", Html.escape(question)))
                .orElse("");
    }

    /** The card of a suggestion its author withdrew: what it was, without its text (which is erased). */
    String withdrawn(Suggestion suggestion) {
        Locale locale = locale();
        return texts.get(
                locale,
                "triage.card.withdrawn",
                suggestion.ref().value(),
                Html.escape(catalogue.workingGroupTitle(suggestion.workingGroup(), locale)),
                suggestion.createdOn().toString());
    }

    String placeholder() {
        return texts.get(locale(), "placeholder.question");
    }

    /** The request, under the card, for the question to put to the author (a reply to it is the question). */
    String questionPrompt(Suggestion suggestion) {
        return texts.get(
                locale(),
                suggestion.reachable() ? "triage.ask.prompt" : "triage.ask.prompt-receipt",
                suggestion.ref().value());
    }

    private String base(Suggestion suggestion) {
        Locale locale = locale();
        return texts.get(
                locale,
                "card.text",
                suggestion.ref().value(),
                Html.escape(catalogue.workingGroupTitle(suggestion.workingGroup(), locale)),
                suggestion.createdOn().toString(),
                texts.get(
                        locale,
                        suggestion.reachable()
                                ? "card.reachable"
                                : suggestion.hasReceipt() ? "card.receipt" : "card.anonymous"),
                Html.escape(suggestion.text()));
    }

    /** The first-step buttons, as the suggestion's state allows. */
    Keyboard buttons(Suggestion suggestion) {
        if (!suggestion.state().isOpen()) {
            return Keyboard.NONE;
        }
        Locale locale = locale();
        List<Button> second = new ArrayList<>();
        if (suggestion.state() == SuggestionState.PENDING && suggestion.askable()) {
            second.add(button(locale, "triage.button.more-info", new TriagePress.AskMoreInfo()));
        }
        second.add(button(locale, "triage.button.spam", new TriagePress.AskSpam()));
        return Keyboard.of(
                List.of(
                        button(locale, "triage.button.accept", new TriagePress.AskAccept()),
                        button(locale, "triage.button.decline", new TriagePress.AskDecline())),
                second);
    }

    /** Accept, second step: the suggestion's own working group's recommendations first, then the others by id. */
    Keyboard recommendations(Suggestion suggestion) {
        Locale locale = locale();
        List<List<Button>> rows = new ArrayList<>();
        List<Button> others = new ArrayList<>();
        for (WorkingGroup group : catalogue.workingGroups()) {
            for (Recommendation recommendation : group.recommendations()) {
                TriagePress press = new TriagePress.Accept(Optional.of(new RecommendationId(recommendation.id())));
                if (group.id().equals(suggestion.workingGroup())) {
                    rows.add(List.of(TriagePress.button(
                            texts.get(
                                    locale,
                                    "triage.button.recommendation",
                                    recommendation.id(),
                                    Texts.cut(recommendation.title().in(locale), TITLE_IN_BUTTON)),
                            press)));
                } else {
                    others.add(TriagePress.button(recommendation.id(), press));
                }
            }
        }
        for (int i = 0; i < others.size(); i += IDS_PER_ROW) {
            rows.add(others.subList(i, Math.min(others.size(), i + IDS_PER_ROW)));
        }
        rows.add(List.of(button(locale, "triage.button.no-link", new TriagePress.Accept(Optional.empty()))));
        rows.add(List.of(button(locale, "triage.button.back", new TriagePress.Back())));
        return new Keyboard(rows);
    }

    /** Decline, second step: the configured reasons, or none. */
    Keyboard reasons() {
        Locale locale = locale();
        List<List<Button>> rows = new ArrayList<>();
        settings.declineReasons()
                .forEach(reason -> rows.add(List.of(TriagePress.button(
                        Texts.cut(reason.label().in(locale), TITLE_IN_BUTTON),
                        new TriagePress.Decline(Optional.of(reason.id()))))));
        rows.add(List.of(button(locale, "triage.button.no-reason", new TriagePress.Decline(Optional.empty()))));
        rows.add(List.of(button(locale, "triage.button.back", new TriagePress.Back())));
        return new Keyboard(rows);
    }

    /** Spam, second step: a mis-tap would block someone for weeks, so it is confirmed. */
    Keyboard confirmSpam() {
        Locale locale = locale();
        return Keyboard.of(
                List.of(button(locale, "triage.button.spam-confirm", new TriagePress.ConfirmSpam())),
                List.of(button(locale, "triage.button.back", new TriagePress.Back())));
    }

    /** Under a decided card: undo, until the author is told (the time in the label, as the window is short). */
    Keyboard undo(java.time.Instant until) {
        Locale locale = locale();
        return Keyboard.of(List.of(TriagePress.button(
                texts.get(locale, "triage.button.undo", SECOND.format(until)), new TriagePress.Undo())));
    }

    long spamBlockDays() {
        return settings.spamBlock().toDays();
    }

    String prompt(Suggestion suggestion, String key, Object... args) {
        return text(suggestion) + "\n\n" + texts.get(locale(), key, args);
    }

    private Button button(Locale locale, String key, TriagePress press) {
        return TriagePress.button(texts.get(locale, key), press);
    }
}
