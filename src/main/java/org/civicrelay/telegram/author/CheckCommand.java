package org.civicrelay.telegram.author;

import java.util.Optional;
import org.civicrelay.privacy.Receipt;
import org.civicrelay.privacy.ReceiptHashes;
import org.civicrelay.suggestion.Checked;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/**
 * /check RECEIPT: an anonymous author's suggestion, found by the keyed hash of the receipt only they hold,
 * from any chat: its state, the decision and any question from the moderators, with buttons to answer or
 * withdraw it. Nothing links the chat that asks to the suggestion (the buttons' session lives in memory),
 * the answer is protected from forwarding, and the message with the receipt is removed from the chat.
 * A receipt that is wrong, mistyped or unknown gets one and the same answer; guessing is rate-limited.
 */
@Component
class CheckCommand extends AbstractCommandHandler {

    private final Suggestions suggestions;
    private final ReceiptHashes hashes;
    private final ReceiptGuard guard;
    private final CheckSessions sessions;
    private final CheckViews views;

    CheckCommand(
            Suggestions suggestions,
            ReceiptHashes hashes,
            ReceiptGuard guard,
            CheckSessions sessions,
            CheckViews views) {
        super("check", MenuEntry.of(MenuEntry.Section.SUGGESTIONS, 50));
        this.suggestions = suggestions;
        this.hashes = hashes;
        this.guard = guard;
        this.sessions = sessions;
        this.views = views;
    }

    @Override
    public void handle(Interaction in) {
        if (in.text().isBlank()) {
            in.reply(in.t("check.usage"));
            return;
        }
        // The receipt should not stay in the chat's history: the person's message with it goes.
        in.deleteUserMessage();
        long now = System.nanoTime();
        if (!guard.allow(in.user(), now)) {
            in.replyProtected(in.t("check.slow-down", ReceiptGuard.WINDOW_MINUTES), null);
            return;
        }
        Optional<Checked> found = Receipt.parse(in.text()).map(hashes::hash).flatMap(suggestions::byReceipt);
        if (found.isEmpty()) {
            guard.failed(now);
            in.replyProtected(in.t("check.unknown"), null);
            return;
        }
        Checked checked = found.get();
        String token = sessions.open(in.user(), checked.ref(), now);
        in.replyProtected(
                views.text(in, checked) + "\n\n" + in.t("check.footer", CheckSessions.MINUTES),
                views.buttons(in, checked, token));
    }
}
