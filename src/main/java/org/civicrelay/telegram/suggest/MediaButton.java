package org.civicrelay.telegram.suggest;

import java.util.List;
import java.util.Optional;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/** Deletes, on request, the photo, voice message or file that the explanation answers (and the explanation). */
@Component
class MediaButton extends AbstractButtonHandler<Boolean> {

    static final String PREFIX = "media";

    static Button button(String label, boolean delete) {
        return ButtonData.button(label, PREFIX, delete ? "del" : "keep");
    }

    private static Optional<Boolean> read(String data) {
        return switch (data) {
            case "del" -> Optional.of(true);
            case "keep" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    MediaButton() {
        super(PREFIX, MediaButton::read);
    }

    @Override
    public void handle(Interaction in, Boolean delete) {
        if (!delete) {
            in.answer(null);
            in.editPressed(in.t("media.kept"), Keyboard.NONE);
            return;
        }
        in.answer(in.t("media.deleted.toast"));
        in.quoted()
                .ifPresentOrElse(
                        quoted -> in.deleteMessages(List.of(quoted.messageId(), in.messageId())),
                        () -> in.deleteMessages(List.of(in.messageId())));
    }
}
