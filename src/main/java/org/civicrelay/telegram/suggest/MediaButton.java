package org.civicrelay.telegram.suggest;

import java.util.List;
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
    private static final String DELETE = "del";
    private static final String KEEP = "keep";

    static Button button(String label, boolean delete) {
        return ButtonData.button(label, PREFIX, ButtonData.flag(delete, DELETE, KEEP));
    }

    MediaButton() {
        super(PREFIX, data -> ButtonData.flag(data, DELETE, KEEP));
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
