package org.civicrelay.telegram.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.suggestion.Draft;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.chat.port.WipeOffer;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** The messages and buttons of the suggestion flow. */
@Component
class SuggestionViews {

    /** How much of an unfinished text the question "discard it?" shows. */
    private static final int EXCERPT = 120;

    private final Catalogue catalogue;
    private final WipeOffer wipe;
    private final SuggestionFlow flow;
    private final ModerationSettings moderation;

    SuggestionViews(Catalogue catalogue, WipeOffer wipe, SuggestionFlow flow, ModerationSettings moderation) {
        this.catalogue = catalogue;
        this.wipe = wipe;
        this.flow = flow;
        this.moderation = moderation;
    }

    /** Asks for the working group, one button per group and a way out. */
    void askWorkingGroup(Interaction in) {
        in.reply(in.t("suggest.choose-working-group"), workingGroups(in));
    }

    /** The same question in place of the pressed message (after "Another group", "Yes, send it"). */
    void askWorkingGroupInPlace(Interaction in) {
        in.editPressed(in.t("suggest.choose-working-group"), workingGroups(in));
    }

    private Keyboard workingGroups(Interaction in) {
        List<List<Button>> rows = new ArrayList<>();
        catalogue
                .workingGroups()
                .forEach(group -> rows.add(
                        List.of(ChooseWorkingGroupButton.button(group.title().in(in.locale()), group.id()))));
        rows.add(List.of(ReviewButton.button(in.t("button.cancel"), ReviewButton.Press.CANCEL)));
        return new Keyboard(rows);
    }

    /** The prompt to write, with a way out and a way back to the working groups. */
    String askText(Interaction in, String workingGroup) {
        return in.t(
                "suggest.write", Html.escape(catalogue.workingGroupTitle(workingGroup, in.locale())), flow.maxLength());
    }

    Keyboard writing(Interaction in) {
        return Keyboard.of(List.of(
                ReviewButton.button(in.t("button.cancel"), ReviewButton.Press.CANCEL),
                ReviewButton.button(in.t("button.other-working-group"), ReviewButton.Press.OTHER_GROUP)));
    }

    /** Whatever step the draft is at, shown again as a new message. */
    void resume(Interaction in, Draft draft) {
        if (draft.isReviewing()) {
            review(in, draft);
        } else if (draft.isChoosingWorkingGroup()) {
            askWorkingGroup(in);
        } else {
            in.reply(askText(in, draft.workingGroup()), writing(in));
        }
    }

    /**
     * The text as the moderators will read it, and the one choice that matters, with what each option costs:
     * send anonymously (recommended) or allowing replies, edit, cancel.
     */
    void review(Interaction in, Draft draft) {
        in.replyProtected(reviewText(in, draft), reviewKeyboard(in));
    }

    String reviewText(Interaction in, Draft draft) {
        return in.t(
                "suggest.review",
                Html.escape(catalogue.workingGroupTitle(draft.workingGroup(), in.locale())),
                Html.escape(draft.text()),
                moderation.relayRetention().toDays());
    }

    Keyboard reviewKeyboard(Interaction in) {
        return Keyboard.of(
                List.of(ReviewButton.button(in.t("button.send-anonymously"), ReviewButton.Press.SEND_ANONYMOUSLY)),
                List.of(ReviewButton.button(in.t("button.send-reachable"), ReviewButton.Press.SEND_REACHABLE)),
                List.of(
                        ReviewButton.button(in.t("button.edit"), ReviewButton.Press.EDIT),
                        ReviewButton.button(in.t("button.cancel"), ReviewButton.Press.CANCEL)));
    }

    /** "You have an unfinished suggestion": continue it, or discard it and start anew (in {@code group}). */
    void askDiscard(Interaction in, Draft draft, Optional<String> group) {
        in.reply(
                in.t("suggest.discard-draft", Html.escape(Texts.cut(draft.text(), EXCERPT))),
                Keyboard.of(
                        List.of(DraftButton.button(in.t("button.continue-draft"), DraftButton.Press.keep())),
                        List.of(DraftButton.button(in.t("button.discard-draft"), DraftButton.Press.startAnew(group)))));
    }

    /**
     * After sending. Anonymously: the reference and, once and never again, the receipt (the message is
     * protected: it cannot be forwarded or saved, so it is to be written down). With replies: the reference.
     */
    void stored(Interaction in, SuggestionFlow.Submitted submitted) {
        Suggestion suggestion = submitted.suggestion();
        String group = Html.escape(catalogue.workingGroupTitle(suggestion.workingGroup(), in.locale()));
        String html = submitted
                .receipt()
                .map(receipt ->
                        in.t("suggest.stored.anonymous", suggestion.ref().value(), group, receipt.value()))
                .orElseGet(
                        () -> in.t("suggest.stored.reachable", suggestion.ref().value(), group));
        // Right after sending is when a person is most likely to want the conversation gone.
        in.editPressed(
                html,
                Keyboard.of(
                        List.of(wipe.offer(in)),
                        List.of(NewSuggestionButton.button(in.t("button.another-suggestion"), Optional.empty()))));
    }

    /**
     * A draft button whose draft is gone: if it ran out, the message says why (it was deleted for the
     * author's safety); otherwise the usual "no longer active".
     */
    void gone(Interaction in) {
        if (flow.expired(in.user())) {
            in.answer(null);
            in.editPressed(in.t("suggest.expired", flow.draftLifetimeHours()), Keyboard.NONE);
        } else {
            in.answer(in.t("suggest.no-draft"));
        }
    }
}
