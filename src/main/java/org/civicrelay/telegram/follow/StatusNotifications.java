package org.civicrelay.telegram.follow;

import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.civicrelay.telegram.outbox.SealedChat;
import java.util.List;
import java.util.Locale;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.follow.Notifier;
import org.civicrelay.follow.StatusNotice;
import org.civicrelay.follow.Follower;
import org.springframework.stereotype.Component;

/**
 * The {@link Notifier} of the follow module: one protected message per follower, queued in the bulk
 * lane (after every waiting reply) in the status change's transaction. The bot keeps no one's language, so
 * the notice is written in both languages, the default one first.
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

    @Override
    public void notify(StatusNotice notice, List<Follower> followers) {
        Outbound message = Outbound.send(render(notice), null, true);
        outbox.enqueueAll(followers.stream()
                .map(follower -> new SealedChat(follower.chat(), follower.chatKey().value(), false))
                .toList(), Lane.BULK, message);
    }

    String render(StatusNotice notice) {
        Locale first = texts.fallback();
        Locale second = "ru".equals(first.getLanguage()) ? Locale.ENGLISH : Texts.RUSSIAN;
        return render(notice, first) + "\n\n" + render(notice, second);
    }

    private String render(StatusNotice notice, Locale locale) {
        String id = notice.recommendation().id().value();
        String text = texts.get(locale, "notify.text", id,
                Html.escape(Texts.cut(notice.recommendation().title().in(locale),
                        RecommendationViews.DETAILS_TITLE)),
                Html.escape(catalogue.statusLabel(notice.status(), locale)), notice.on().toString());
        String note = notice.note().map(n -> "\n" + texts.get(locale, "notify.note", Html.escape(n))).orElse("");
        return text + note + "\n" + texts.get(locale, "notify.footer", id);
    }
}
