package org.civicrelay.telegram.triage;

import java.util.Optional;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.moderation.Triage;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/**
 * /unblock S-7KQ3X: lifts the block that a spam mark put on the suggestion's author, by the reference alone
 * (no one is named, nothing about the author is shown or kept); the suggestion stays marked. Audited.
 */
@Component
class UnblockCommand extends AbstractCommandHandler {

    private final Triage triage;
    private final Moderators moderators;

    UnblockCommand(Triage triage, Moderators moderators) {
        super("unblock", MenuEntry.of(MenuEntry.Section.MODERATION, 55), Audience.MODERATORS);
        this.triage = triage;
        this.moderators = moderators;
    }

    @Override
    public void handle(Interaction in) {
        Optional<SuggestionRef> ref = References.first(in.text());
        if (ref.isEmpty()) {
            in.reply(in.t("unblock.usage"));
            return;
        }
        boolean lifted = triage.unblock(ref.get(), moderators.alias(in.userId()).orElseThrow());
        in.reply(in.t(lifted ? "unblock.done" : "unblock.none", ref.get().value()));
    }
}
