package org.civicrelay.telegram.mydata;

import org.civicrelay.telegram.chat.ButtonHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Keyboard;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.privacy.WalCheckpoint;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Erases everything kept about the person, in one transaction: follows, reply links, conversation
 * state, pending messages (every module listens to {@link ChatGone}); with "text", also the text of
 * their reachable suggestions. Anonymous suggestions were never linked to them and cannot be found.
 */
@Component
class ForgetButton implements ButtonHandler {

    private final ApplicationEventPublisher events;
    private final WalCheckpoint checkpoint;

    ForgetButton(ApplicationEventPublisher events, WalCheckpoint checkpoint) {
        this.events = events;
        this.checkpoint = checkpoint;
    }

    @Override
    public String prefix() {
        return ForgetCommand.BUTTON;
    }

    @Override
    public void handle(Interaction in, String choice) {
        switch (choice) {
            case "all", "text" -> {
                // Pending messages to this chat are erased too, so the answer is queued only afterwards.
                events.publishEvent(ChatGone.forgetRequested(in.user(), choice.equals("text")));
                checkpoint.afterCommit();
                in.answer(in.t("forget.done.toast"));
                in.editPressed(in.t(choice.equals("text") ? "forget.done.with-text" : "forget.done"), Keyboard.NONE);
            }
            case "no" -> in.editPressed(in.t("forget.kept"), Keyboard.NONE);
            default -> in.answer(in.t("button.stale"));
        }
    }
}
