package org.civicrelay.telegram.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.suggestion.Checked;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** What /check shows: the state, the decision, the moderators' question, and what can be done now. */
@Component
class CheckViews {

    private final Catalogue catalogue;
    private final ModerationSettings moderation;
    private final Texts texts;

    CheckViews(Catalogue catalogue, ModerationSettings moderation, Texts texts) {
        this.catalogue = catalogue;
        this.moderation = moderation;
        this.texts = texts;
    }

    String text(Interaction in, Checked checked) {
        Locale locale = in.locale();
        StringBuilder text = new StringBuilder(in.t(
                "check.header",
                checked.ref().value(),
                Html.escape(catalogue.workingGroupTitle(checked.workingGroup(), locale)),
                texts.date(locale, checked.createdOn())));
        text.append("\n\n")
                .append(
                        switch (checked.state()) {
                            case PENDING -> in.t("check.state.pending");
                            case MORE_INFO_REQUESTED -> in.t("check.state.more-info");
                            case ACCEPTED ->
                                checked.recommendation()
                                        .map(id -> in.t("check.state.accepted-linked", Html.escape(id)))
                                        .orElseGet(() -> in.t("check.state.accepted"));
                            case DECLINED ->
                                checked.declineReason()
                                        .flatMap(moderation::declineReason)
                                        .map(reason -> in.t(
                                                "check.state.declined-reason",
                                                Html.escape(reason.label().in(locale))))
                                        .orElseGet(() -> in.t("check.state.declined"));
                            case SPAM -> in.t("check.state.closed");
                            case WITHDRAWN -> in.t("check.state.withdrawn");
                        });
        if (checked.state().isOpen()) {
            checked.question()
                    .ifPresent(question -> text.append("\n\n").append(in.t("check.question", Html.escape(question))));
        }
        return text.toString();
    }

    Keyboard buttons(Interaction in, Checked checked, String token) {
        List<List<Button>> rows = new ArrayList<>();
        if (checked.state().isOpen()) {
            if (checked.question().isPresent()) {
                rows.add(List.of(CheckButton.button(in.t("button.check.answer"), CheckButton.Action.ANSWER, token)));
            }
            rows.add(List.of(CheckButton.button(in.t("button.check.withdraw"), CheckButton.Action.WITHDRAW, token)));
        }
        rows.add(List.of(CheckButton.button(in.t("button.check.erase"), CheckButton.Action.ERASE, token)));
        return new Keyboard(rows);
    }
}
