package org.civicrelay.follow;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicrelay.catalogue.Recommendation;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.catalogue.Recommendations;
import org.civicrelay.catalogue.StatusChanged;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.ChatGone;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following recommendations, with no registration: a follow is the recommendation, the sealed
 * chat id and the chat's pseudonym, nothing else. It ends on unsubscribe, or as soon as the chat is gone
 * (the user blocked the bot or Telegram answered 403). On a status change every follower gets one
 * notification, queued in the change's own transaction.
 */
@Service
@Transactional
public class Followers {

    private static final Logger log = LoggerFactory.getLogger(Followers.class);
    /** Followers read and queued per round: bounded memory, few statements. */
    static final int FAN_OUT_BATCH = 1_000;

    private final FollowerRepository repository;
    private final Recommendations recommendations;
    private final Notifier notifier;
    private final Identities identities;

    Followers(
            FollowerRepository repository, Recommendations recommendations, Notifier notifier, Identities identities) {
        this.repository = repository;
        this.recommendations = recommendations;
        this.notifier = notifier;
        this.identities = identities;
    }

    /** {@code chat} is sealed for the follow's row; {@code chatKey} is the chat's pseudonym. */
    public FollowResult follow(RecommendationId id, ChatAddress chat, Pseudonym chatKey, Locale language) {
        if (recommendations.current(id).isEmpty()) {
            return FollowResult.UNKNOWN;
        }
        Follower follower =
                new Follower(identities.seal(chat, FollowerRepository.chatPlace(id, chatKey)), chatKey, language);
        return repository.insert(id, follower) ? FollowResult.FOLLOWING : FollowResult.ALREADY_FOLLOWING;
    }

    /** True if the chat was following it. Works for retired recommendations too. */
    public boolean unfollow(RecommendationId id, Pseudonym chatKey) {
        return repository.delete(id, chatKey);
    }

    /** What the chat follows, in catalogue order, retired ones last. */
    @Transactional(readOnly = true)
    public List<Recommendation> followed(Pseudonym chatKey) {
        return recommendations.inCatalogueOrder(repository.followed(chatKey));
    }

    /** Which of these the chat follows: for the state of Follow/Unfollow buttons. */
    @Transactional(readOnly = true)
    public Set<RecommendationId> followedAmong(Pseudonym chatKey, Collection<RecommendationId> ids) {
        return repository.followedAmong(chatKey, ids);
    }

    /** The person chose a language: the notices of everything they follow will come in it. */
    public void speak(Pseudonym chatKey, Locale language) {
        repository.setLanguage(chatKey, language);
    }

    /** Silent delivery (no sound, no vibration) of every notice to this chat, or not; false if it follows nothing. */
    public boolean setSilent(Pseudonym chatKey, boolean silent) {
        return repository.setSilent(chatKey, silent) > 0;
    }

    @Transactional(readOnly = true)
    public boolean isSilent(Pseudonym chatKey) {
        return repository.isSilent(chatKey);
    }

    @Transactional(readOnly = true)
    public int followerCount(RecommendationId id) {
        return repository.count(id);
    }

    /** Runs inside the status change's transaction: the change and every notification, or nothing. */
    @EventListener
    void on(StatusChanged change) {
        Recommendation recommendation = recommendations.find(change.id()).orElseThrow();
        StatusNotice notice = new StatusNotice(recommendation, change.status(), change.note(), change.on());
        long after = 0;
        int queued = 0;
        FollowerRepository.Batch batch;
        do {
            batch = repository.followers(change.id(), after, FAN_OUT_BATCH);
            if (!batch.followers().isEmpty()) {
                notifier.notify(notice, batch.followers());
                queued += batch.followers().size();
                after = batch.lastId();
            }
        } while (batch.followers().size() == FAN_OUT_BATCH);
        log.info("Status change queued for {} followers", queued);
    }

    /** The chat cannot be written to any more: what was kept to write to it goes. */
    @EventListener
    void on(ChatGone gone) {
        int removed = repository.deleteAll(gone.chat());
        if (removed > 0) {
            log.info("Chat gone: {} subscriptions erased", removed);
        }
    }
}
