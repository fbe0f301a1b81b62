package org.civicrelay.telegram.triage;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.civicrelay.moderation.Note;
import org.civicrelay.moderation.Notes;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Keyboard;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.civicrelay.telegram.outbox.SentHooks;
import org.springframework.stereotype.Component;

/**
 * How notes are shown to moderators: the bot's confirmation under a note (with the one button that would
 * send it to the author), a suggestion's notes on request, and the latest notes under a card shown again.
 */
@Component
class NoteViews {

    /** Notes shown under a card or listed: the newest few, each cut short, so that a message always fits. */
    static final int SHOWN = 5;

    static final int EXCERPT = 400;
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Notes notes;
    private final Outbox outbox;
    private final Texts texts;

    NoteViews(Notes notes, Outbox outbox, Texts texts) {
        this.notes = notes;
        this.outbox = outbox;
        this.texts = texts;
    }

    /**
     * Confirms a note as a reply to the moderator's message; a reply to the confirmation is a note on the
     * same suggestion. The send button is offered only where the author can be reached.
     */
    void confirm(Interaction in, Note note, Suggestion suggestion, boolean offerToSend) {
        String ref = suggestion.ref().value();
        String html = in.t(offerToSend ? "note.kept-sendable" : "note.kept", ref);
        Keyboard keyboard =
                offerToSend ? Keyboard.of(List.of(NotePress.button(in.t("note.button.send"), note.id()))) : null;
        Outbound confirmation = in.messageId() == null
                ? Outbound.send(html, keyboard, false)
                : Outbound.sendReplying(html, keyboard, false, in.messageId());
        outbox.enqueue(
                in.chatId(),
                in.isGroupChat(),
                Lane.REPLY,
                confirmation,
                SentHooks.tag(ModeratorCards.ANSWER_HOOK, ref));
    }

    /** A suggestion's latest notes, for /note S-XXXXX. */
    String list(Interaction in, Suggestion suggestion) {
        List<Note> latest = notes.latest(suggestion.ref(), SHOWN);
        if (latest.isEmpty()) {
            return in.t("note.list.none", suggestion.ref().value());
        }
        return in.t("note.list", suggestion.ref().value(), notes.count(suggestion.ref())) + "\n\n"
                + items(in.locale(), latest);
    }

    /** The latest notes as a block to put under a card, or "" when there are none. */
    String underCard(Suggestion suggestion) {
        List<Note> latest = notes.latest(suggestion.ref(), SHOWN);
        if (latest.isEmpty()) {
            return "";
        }
        Locale locale = texts.fallback();
        return "\n\n" + texts.get(locale, "card.notes", notes.count(suggestion.ref())) + "\n" + items(locale, latest);
    }

    private String items(Locale locale, List<Note> latest) {
        return latest.stream()
                .map(note -> texts.get(
                        locale,
                        "note.list.item",
                        Html.escape(note.moderator()),
                        MINUTE.format(note.writtenAt()),
                        note.sentAt().isPresent() ? texts.get(locale, "note.list.sent") : "",
                        Html.escape(Texts.cut(note.text(), EXCERPT))))
                .collect(Collectors.joining("\n"));
    }
}
