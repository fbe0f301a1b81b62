package org.civicrelay.telegram.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.catalogue.StatusChangeResult;
import org.civicrelay.catalogue.StatusDraft;
import org.civicrelay.follow.Followers;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.RecommendationArgument;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * The screens of a guided status change: the statuses as buttons, the request for the public note, and the
 * preview with the number of followers who will be notified. Also the answers to what cannot be done.
 */
@Component
class StatusViews {

    private static final int TITLE = 80;
    private static final int STATUSES_PER_ROW = 2;

    private final Catalogue catalogue;
    private final Recommendations recommendations;
    private final Followers followers;
    private final Texts texts;

    StatusViews(Catalogue catalogue, Recommendations recommendations, Followers followers, Texts texts) {
        this.texts = texts;
        this.catalogue = catalogue;
        this.recommendations = recommendations;
        this.followers = followers;
    }

    record Screen(String html, Keyboard keyboard) {}

    /** Step one: the recommendation as it is, and one button per status (the current one marked). */
    Screen choose(Interaction in, StatusDraft draft) {
        Recommendation recommendation =
                recommendations.find(draft.recommendation()).orElseThrow();
        String html = in.t(
                "setstatus.choose",
                recommendation.id().value(),
                title(in, recommendation),
                label(in, recommendation.status()),
                followers.followerCount(recommendation.id()));
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (var status : catalogue.statuses()) {
            String label = Html.escape(status.label().in(in.locale()));
            if (status.id().equals(recommendation.status())) {
                label = in.t("setstatus.button.current", label);
            }
            row.add(StatusPress.button(Texts.cut(label, 40), new StatusPress.Choose(draft.id(), status.id())));
            if (row.size() == STATUSES_PER_ROW) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        rows.add(List.of(StatusPress.button(in.t("setstatus.button.cancel"), new StatusPress.Cancel(draft.id()))));
        return new Screen(html, new Keyboard(rows));
    }

    /** Step two: the change so far, and the request for the public note (a reply to this message), or none. */
    Screen askNote(Interaction in, StatusDraft draft) {
        Recommendation recommendation =
                recommendations.find(draft.recommendation()).orElseThrow();
        String html = in.t(
                "setstatus.ask-note",
                recommendation.id().value(),
                title(in, recommendation),
                label(in, recommendation.status()),
                label(in, draft.status().orElseThrow()),
                Recommendations.MAX_NOTE_LENGTH);
        return new Screen(
                html,
                Keyboard.of(List.of(
                        StatusPress.button(in.t("setstatus.button.no-note"), new StatusPress.NoNote(draft.id())),
                        StatusPress.button(in.t("setstatus.button.cancel"), new StatusPress.Cancel(draft.id())))));
    }

    /**
     * Step three: what followers will hear, and how many of them; the confirm button carries that number, so
     * that a confirmation notifies exactly the followers announced. Nothing is sent before it is pressed.
     */
    Screen preview(Interaction in, StatusDraft draft) {
        Recommendation recommendation =
                recommendations.find(draft.recommendation()).orElseThrow();
        int count = followers.followerCount(recommendation.id());
        String note = draft.note()
                .map(text -> in.t("setstatus.preview.note", Html.escape(text)))
                .orElseGet(() -> in.t("setstatus.preview.no-note"));
        String html = in.t(
                "setstatus.preview",
                recommendation.id().value(),
                title(in, recommendation),
                label(in, recommendation.status()),
                label(in, draft.status().orElseThrow()),
                note,
                count);
        String confirm = count == 0 ? in.t("setstatus.button.confirm-nobody") : in.t("setstatus.button.confirm", count);
        return new Screen(
                html,
                Keyboard.of(List.of(
                        StatusPress.button(confirm, new StatusPress.Confirm(draft.id(), count)),
                        StatusPress.button(in.t("setstatus.button.cancel"), new StatusPress.Cancel(draft.id())))));
    }

    /** Why a change cannot be made, naming what is valid. */
    String refusal(Interaction in, StatusChangeResult why, String typedRecommendation, String typedStatus) {
        if (why instanceof StatusChangeResult.UnknownStatus) {
            return in.t("setstatus.unknown-status", RecommendationArgument.echo(typedStatus), statuses(in));
        }
        if (why instanceof StatusChangeResult.NoteTooLong tooLong) {
            return in.t("setstatus.note-too-long", tooLong.length(), tooLong.limit());
        }
        return in.t("setstatus.unknown-recommendation", RecommendationArgument.echo(typedRecommendation));
    }

    /** The valid statuses, one a line: the id to type and its label. */
    String statuses(Interaction in) {
        return catalogue.statuses().stream()
                .map(status -> in.t(
                        "setstatus.status",
                        status.id(),
                        Html.escape(status.label().in(in.locale()))))
                .collect(Collectors.joining("\n"));
    }

    String offerLabel(java.util.Locale locale) {
        return texts.get(locale, "setstatus.button.offer");
    }

    String label(Interaction in, String status) {
        return Html.escape(catalogue.statusLabel(status, in.locale()));
    }

    private static String title(Interaction in, Recommendation recommendation) {
        return Html.escape(Texts.cut(recommendation.title().in(in.locale()), TITLE));
    }
}
