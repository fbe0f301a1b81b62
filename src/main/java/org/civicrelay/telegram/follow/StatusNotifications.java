package org.civicrelay.telegram.follow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.follow.Follower;
import org.civicrelay.follow.Notifier;
import org.civicrelay.follow.StatusNotice;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Keyboard;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.civicrelay.telegram.outbox.SealedChat;
import org.springframework.stereotype.Component;

/**
 * The {@link Notifier} of the follow module: one protected message per follower, in the language kept with
 * the follow, queued in the bulk lane (after every waiting reply) in the status change's transaction. Its
 * first line, which a lock screen shows, says only that a recommendation one follows has news; which one and
 * what follow below, with Details and Unfollow buttons. Followers who chose silence get it silently.
 */
@Component
class StatusNotifications implements Notifier {

    private final Outbox outbox;
    private final Texts texts;
    private final Catalogue catalogue;

    StatusNotifications(Outbox outbox, Texts texts, Catalogue catalogue) {
        this.outbox = outbox;
        this.texts = texts;
        this.catalogue = catalogue;
    }

    /** Followers who read the same message: the same language and the same choice of silence. */
    private record Audience(Locale language, boolean silent) {}

    @Override
    public void notify(StatusNotice notice, List<Follower> followers) {
        Map<Audience, List<SealedChat>> audiences = new LinkedHashMap<>();
        for (Follower follower : followers) {
            audiences
                    .computeIfAbsent(
                            new Audience(texts.or(follower.language()), follower.silent()), key -> new ArrayList<>())
                    .add(new SealedChat(follower.chat(), follower.chatKey().value(), false));
        }
        audiences.forEach((audience, chats) -> {
            Outbound message = Outbound.send(
                    render(notice, audience.language()),
                    keyboard(notice.recommendation().id(), audience),
                    true);
            outbox.enqueueAll(chats, Lane.BULK, audience.silent() ? message.silently() : message);
        });
    }

    String render(StatusNotice notice, Locale locale) {
        String id = notice.recommendation().id().value();
        String text = texts.get(
                locale,
                "notify.text",
                id,
                Html.escape(Texts.cut(notice.recommendation().title().in(locale), RecommendationViews.DETAILS_TITLE)),
                Html.escape(catalogue.statusLabel(notice.status(), locale)),
                texts.date(locale, notice.on()));
        String note = notice.note()
                .map(n -> "\n" + texts.get(locale, "notify.note", Html.escape(n)))
                .orElse("");
        return text + note;
    }

    private Keyboard keyboard(RecommendationId id, Audience audience) {
        Locale locale = audience.language();
        return Keyboard.of(
                List.of(
                        NoticeDetailsButton.button(texts.get(locale, "button.details", id.value()), id),
                        FollowButton.unfollowNotice(texts.get(locale, "button.unfollow", id.value()), id)),
                List.of(SilenceButton.button(
                        texts.get(locale, audience.silent() ? "button.sound-on" : "button.sound-off"),
                        !audience.silent(),
                        SilenceButton.Where.NOTICE,
                        0)));
    }
}
