package org.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.civicrelay.fakebotapi.BotMessage;
import org.civicrelay.fakebotapi.Button;
import org.civicrelay.fakebotapi.FakeGroup;
import org.civicrelay.fakebotapi.FakeUser;

/**
 * A moderator's status change as the bot now asks for it: the command (one-line form), the preview, the
 * confirmation. Nothing is notified before the confirmation.
 */
final class StatusChanges {

    private StatusChanges() {}

    /** {@code /setstatus <arguments>} in the moderator's private chat, confirmed; returns the confirmed message. */
    static BotMessage confirmPrivately(FakeUser moderator, String arguments, Duration wait) {
        return moderator.awaitEdit(pressConfirmPrivately(moderator, arguments, wait), wait);
    }

    /** The same without waiting for the bot's answer to the confirmation; returns the preview. */
    static BotMessage pressConfirmPrivately(FakeUser moderator, String arguments, Duration wait) {
        moderator.send("/setstatus " + arguments);
        BotMessage preview =
                moderator.awaitMessage(m -> m.plainText().contains("Preview: nothing has been sent yet"), wait);
        moderator.pressData(preview, confirmData(preview));
        return preview;
    }

    /** The same in the moderators' group ({@code command} may name the bot, e.g. /setstatus@bot). */
    static BotMessage confirmInGroup(FakeGroup group, FakeUser moderator, String command, Duration wait) {
        group.memberSends(moderator, command);
        BotMessage preview =
                group.awaitNewMessage(m -> m.plainText().contains("Preview: nothing has been sent yet"), wait);
        group.memberPresses(moderator, preview, confirmData(preview));
        return group.awaitEdit(preview, wait);
    }

    /** The data of the preview's confirm button ({@code st:c:<draft>:<followers>}). */
    static String confirmData(BotMessage preview) {
        String data = preview.allButtons().stream()
                .map(Button::callbackData)
                .filter(d -> d != null && d.startsWith("st:c:"))
                .findFirst()
                .orElse(null);
        assertThat(data).as("a confirm button on %s", preview.plainText()).isNotNull();
        return data;
    }
}
