package org.civicrelay.telegram.triage;

import java.util.List;
import java.util.Optional;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.moderation.Triage;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.CommandHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/**
 * /unblock S-7KQ3X: lifts the block that a spam mark put on the suggestion's author, by the reference alone
 * (no one is named, nothing about the author is shown or kept); the suggestion stays marked. Audited.
 */
@Component
class UnblockCommand implements CommandHandler {

    private final Triage triage;
    private final Moderators moderators;

    UnblockCommand(Triage triage, Moderators moderators) {
        this.triage = triage;
        this.moderators = moderators;
    }

    @Override
    public List<String> commands() {
        return List.of("unblock");
    }

    @Override
    public Optional<MenuEntry> menu() {
        return Optional.of(MenuEntry.of(MenuEntry.Section.MODERATION, 55));
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
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
