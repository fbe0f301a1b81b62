package org.civicrelay.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.submission.Draft;
import org.civicrelay.submission.Submission;
import org.springframework.stereotype.Component;

/** The messages and buttons of the suggestion flow. */
@Component
class SuggestionViews {

    static final String TOPIC = "topic";
    static final String REVIEW = "review";
    static final String REACH = "reach";

    private final Catalogue catalogue;

    SuggestionViews(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    String topicTitle(String topic, Locale locale) {
        return catalogue.workingGroup(topic).map(group -> group.title().in(locale)).orElse(topic);
    }

    /** Asks for the working group, one button per group and a way out. */
    void askTopic(Interaction in) {
        List<List<Button>> rows = new ArrayList<>();
        catalogue.workingGroups().forEach(group -> rows.add(List.of(
                new Button(group.title().in(in.locale()), ButtonHandler.data(TOPIC, group.id())))));
        rows.add(List.of(new Button(in.t("button.cancel"), ButtonHandler.data(REVIEW, "cancel"))));
        in.reply(in.t("suggest.choose-topic"), new Keyboard(rows));
    }

    String askText(Interaction in, String topic, int maxLength) {
        return in.t("suggest.write", Html.escape(topicTitle(topic, in.locale())), maxLength);
    }

    /** Shows the text back as the moderators will read it, with Send / Edit / Cancel. */
    void review(Interaction in, Draft draft) {
        Keyboard keyboard = Keyboard.of(
                List.of(new Button(in.t("button.send"), ButtonHandler.data(REVIEW, "send"))),
                List.of(new Button(in.t("button.edit"), ButtonHandler.data(REVIEW, "edit")),
                        new Button(in.t("button.cancel"), ButtonHandler.data(REVIEW, "cancel"))));
        in.replyProtected(in.t("suggest.review", Html.escape(topicTitle(draft.topic(), in.locale())),
                Html.escape(draft.text())), keyboard);
    }

    /** Whether moderators may reply; staying anonymous comes first and is the recommended choice. */
    void askReachability(Interaction in) {
        Keyboard keyboard = Keyboard.of(
                List.of(new Button(in.t("button.anonymous"), ButtonHandler.data(REACH, "no"))),
                List.of(new Button(in.t("button.reachable"), ButtonHandler.data(REACH, "yes"))));
        in.editPressed(in.t("suggest.reachability"), keyboard);
    }

    void stored(Interaction in, Submission submission) {
        in.editPressed(in.t(submission.reachable() ? "suggest.stored.reachable" : "suggest.stored.anonymous",
                submission.ref().value(), Html.escape(topicTitle(submission.topic(), in.locale()))),
                // Right after sending is when a person is most likely to want the conversation gone.
                Keyboard.of(List.of(new Button(in.t("button.wipe-after-sending"), ButtonHandler.data(WipeCommand.BUTTON, "yes")))));
    }
}
