package org.civicrelay.telegram.suggest;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.mydata.WipeCommand;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.suggestion.Draft;
import org.civicrelay.suggestion.Suggestion;
import org.springframework.stereotype.Component;

/** The messages and buttons of the suggestion flow. */
@Component
public class SuggestionViews {

    static final String WORKING_GROUP = "topic";
    static final String REVIEW = "review";
    static final String REACH = "reach";

    private final Catalogue catalogue;

    SuggestionViews(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Asks for the working group, one button per group and a way out. */
    void askWorkingGroup(Interaction in) {
        List<List<Button>> rows = new ArrayList<>();
        catalogue.workingGroups().forEach(group -> rows.add(List.of(
                new Button(group.title().in(in.locale()), ButtonHandler.data(WORKING_GROUP, group.id())))));
        rows.add(List.of(new Button(in.t("button.cancel"), ButtonHandler.data(REVIEW, "cancel"))));
        in.reply(in.t("suggest.choose-working-group"), new Keyboard(rows));
    }

    String askText(Interaction in, String workingGroup, int maxLength) {
        return in.t("suggest.write", Html.escape(catalogue.workingGroupTitle(workingGroup, in.locale())), maxLength);
    }

    /** Shows the text back as the moderators will read it, with Send / Edit / Cancel. */
    void review(Interaction in, Draft draft) {
        Keyboard keyboard = Keyboard.of(
                List.of(new Button(in.t("button.send"), ButtonHandler.data(REVIEW, "send"))),
                List.of(new Button(in.t("button.edit"), ButtonHandler.data(REVIEW, "edit")),
                        new Button(in.t("button.cancel"), ButtonHandler.data(REVIEW, "cancel"))));
        in.replyProtected(in.t("suggest.review", Html.escape(catalogue.workingGroupTitle(draft.workingGroup(), in.locale())),
                Html.escape(draft.text())), keyboard);
    }

    /** Whether moderators may reply; staying anonymous comes first and is the recommended choice. */
    void askReachability(Interaction in) {
        Keyboard keyboard = Keyboard.of(
                List.of(new Button(in.t("button.anonymous"), ButtonHandler.data(REACH, "no"))),
                List.of(new Button(in.t("button.reachable"), ButtonHandler.data(REACH, "yes"))));
        in.editPressed(in.t("suggest.reachability"), keyboard);
    }

    void stored(Interaction in, Suggestion suggestion) {
        in.editPressed(in.t(suggestion.reachable() ? "suggest.stored.reachable" : "suggest.stored.anonymous",
                suggestion.ref().value(), Html.escape(catalogue.workingGroupTitle(suggestion.workingGroup(), in.locale()))),
                // Right after sending is when a person is most likely to want the conversation gone.
                Keyboard.of(List.of(new Button(in.t("button.wipe-after-sending"), ButtonHandler.data(WipeCommand.BUTTON, "yes")))));
    }
}
