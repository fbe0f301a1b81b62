package org.civicrelay.telegram.triage;

import java.util.Locale;
import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.moderation.ModeratorThreads;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.moderation.ReversalResult;
import org.civicrelay.moderation.Triage;
import org.civicrelay.moderation.TriageResult;
import org.civicrelay.privacy.Identities;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionState;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * The triage buttons on a card: Accept, Decline, More info, Spam, and their second steps (which
 * recommendation, which reason, confirm spam, back), and Undo under a decision while its author has not been
 * told. The step in progress is in the buttons themselves, so nothing is held in memory; which suggestion is
 * meant comes from the card the button is on.
 */
@Component
class TriageButton extends AbstractButtonHandler<TriagePress> {

    private final ModeratorThreads threads;
    private final Suggestions suggestions;
    private final Triage triage;
    private final Moderators moderators;
    private final Identities identities;
    private final CardViews views;
    private final ModeratorCards cards;
    private final NoteViews notes;

    TriageButton(
            ModeratorThreads threads,
            Suggestions suggestions,
            Triage triage,
            Moderators moderators,
            Identities identities,
            CardViews views,
            ModeratorCards cards,
            NoteViews notes) {
        super(TriagePress.PREFIX, TriagePress::parse);
        this.threads = threads;
        this.suggestions = suggestions;
        this.triage = triage;
        this.moderators = moderators;
        this.identities = identities;
        this.views = views;
        this.cards = cards;
        this.notes = notes;
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
    }

    @Override
    public void handle(Interaction in, TriagePress press) {
        Optional<Suggestion> found =
                threads.find(identities.pseudonym(in.chatId()), in.messageId()).flatMap(suggestions::find);
        if (found.isEmpty()) {
            in.answer(in.t("button.stale"));
            return;
        }
        Suggestion suggestion = found.get();
        String moderator = moderators.alias(in.userId()).orElseThrow();
        if (press instanceof TriagePress.Undo) {
            undo(in, suggestion, triage.undo(suggestion.ref(), moderator));
            return;
        }
        if (!suggestion.state().isOpen()) {
            alreadyDecided(in, suggestion.state());
            return;
        }
        if (press instanceof TriagePress.AskAccept) {
            step(in, views.prompt(suggestion, "triage.prompt.recommendation"), views.recommendations(suggestion));
        } else if (press instanceof TriagePress.Accept accept) {
            decided(
                    in,
                    triage.accept(
                            suggestion.ref(),
                            moderator,
                            accept.linked().map(RecommendationId::value).orElse(null)));
        } else if (press instanceof TriagePress.AskDecline) {
            step(in, views.prompt(suggestion, "triage.prompt.reason"), views.reasons());
        } else if (press instanceof TriagePress.Decline decline) {
            decided(
                    in,
                    triage.decline(suggestion.ref(), moderator, decline.reason().orElse(null)));
        } else if (press instanceof TriagePress.AskMoreInfo) {
            askForQuestion(in, suggestion);
        } else if (press instanceof TriagePress.AskSpam) {
            step(in, views.prompt(suggestion, "triage.prompt.spam", views.spamBlockDays()), views.confirmSpam());
        } else if (press instanceof TriagePress.ConfirmSpam) {
            decided(in, triage.markSpam(suggestion.ref(), moderator));
        } else {
            step(in, views.text(suggestion), views.buttons(suggestion));
        }
    }

    /**
     * "Ask for more" asks the moderator for the question first; the decision is taken when it arrives (a reply
     * to the request, {@link QuestionText}). Refused for an author who cannot be asked anything.
     */
    private void askForQuestion(Interaction in, Suggestion suggestion) {
        if (!suggestion.askable()) {
            in.alert(in.t("triage.anonymous"));
        } else if (suggestion.state() != SuggestionState.PENDING) {
            alreadyDecided(in, suggestion.state());
        } else {
            in.answer(in.t("triage.ask.toast"));
            cards.askForQuestion(
                    in.chatId(),
                    in.messageId(),
                    suggestion.ref(),
                    views.questionPrompt(suggestion),
                    views.placeholder());
        }
    }

    private void step(Interaction in, String html, Keyboard keyboard) {
        in.answer(null);
        in.editPressed(html, keyboard);
    }

    private void decided(Interaction in, TriageResult result) {
        if (result instanceof TriageResult.Decided decided) {
            in.answer(in.t("triage.done"));
            Suggestion suggestion = decided.suggestion();
            // The author is told once the undo window is over (OutcomeAnnouncer), not now.
            Keyboard keyboard = decided.undoUntil()
                    .map(until -> views.buttons(suggestion).with(views.undo(until)))
                    .orElseGet(() -> views.buttons(suggestion));
            cards.update(suggestion.ref(), views.decided(suggestion, decided.outcome()), keyboard);
        } else if (result instanceof TriageResult.AlreadyDecided already) {
            alreadyDecided(in, already.state());
        } else if (result instanceof TriageResult.AuthorUnreachable) {
            in.alert(in.t("triage.anonymous"));
        } else {
            in.answer(in.t("button.stale"));
        }
    }

    /** Undo: the card as it was before the decision, or why not (too late: /reopen is the way then). */
    private void undo(Interaction in, Suggestion pressed, ReversalResult result) {
        if (result instanceof ReversalResult.Reversed reversed) {
            in.answer(in.t("triage.undone"));
            Suggestion suggestion = reversed.suggestion();
            cards.update(
                    suggestion.ref(), views.text(suggestion) + notes.underCard(suggestion), views.buttons(suggestion));
        } else if (result instanceof ReversalResult.TooLate) {
            in.alert(in.t("triage.undo-too-late", pressed.ref().value()));
        } else {
            in.answer(in.t("button.stale"));
        }
    }

    private static void alreadyDecided(Interaction in, SuggestionState state) {
        in.alert(in.t(
                "triage.already-handled",
                in.t("triage.state." + state.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
    }
}
