package org.civicrelay.telegram.triage;

import java.util.Optional;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/** /note S-7KQ3X text: an internal note, never sent to the author; /note S-7KQ3X alone lists the notes. */
@Component
class NoteCommand extends AbstractCommandHandler {

    private final ModeratorNotes notes;
    private final NoteViews views;
    private final Suggestions suggestions;

    NoteCommand(ModeratorNotes notes, NoteViews views, Suggestions suggestions) {
        super("note", MenuEntry.of(MenuEntry.Section.MODERATION, 25), Audience.MODERATORS);
        this.notes = notes;
        this.views = views;
        this.suggestions = suggestions;
    }

    @Override
    public void handle(Interaction in) {
        Optional<References.WithText> argument = References.withText(in.text());
        if (argument.isEmpty()) {
            in.reply(in.t("note.usage"));
            return;
        }
        SuggestionRef ref = argument.get().ref();
        argument.get()
                .text()
                .ifPresentOrElse(
                        text -> notes.keep(in, ref, text, false),
                        () -> suggestions
                                .find(ref)
                                .ifPresentOrElse(
                                        suggestion -> in.reply(views.list(in, suggestion)),
                                        () -> in.reply(in.t("note.unknown", ref.value()))));
    }
}
