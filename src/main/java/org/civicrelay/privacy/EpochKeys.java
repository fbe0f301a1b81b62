package org.civicrelay.privacy;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forward-secret links: pseudonyms that stop linking to anyone once their window has passed, even for
 * someone who holds the database, its WAL, backups made after that moment and the data key. Time is cut
 * into epochs ({@code bot.anonymity.epoch}, an hour by default); each epoch has a random key of its own,
 * not derived from the data key, with which the links made during the epoch are computed (an HMAC of the
 * person's pseudonym). The key is destroyed {@code bot.anonymity.window} (48 hours) after its epoch began:
 * its row is deleted (secure_delete overwrites it, the WAL scrub empties the log within a minute), and
 * nothing can recompute those links any more, not even by trying every Telegram id.
 * <p>
 * Used for the author key of a suggestion awaiting a decision (spam blocks), spam blocks themselves, and
 * the ids of messages /wipe may still delete. A look-up tries the person's link under every live key.
 * The keys are stored (sealed with the data key, bound to their epoch) so that a restart keeps them.
 */
@Component
public class EpochKeys implements Retention {

    private final EpochKeyRepository keys;
    private final Identities identities;
    private final Clock clock;
    private final long epochMillis;
    private final long windowMillis;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, SecretKeySpec> cache = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    EpochKeys(EpochKeyRepository keys, Identities identities, Clock clock, PrivacySettings settings) {
        this.keys = keys;
        this.identities = identities;
        this.clock = clock;
        this.epochMillis = settings.anonymity().epoch().toMillis();
        this.windowMillis = settings.anonymity().window().toMillis();
    }

    /** The person's link under the current epoch's key: what a new record stores. */
    public Pseudonym current(Pseudonym person) {
        return link(key(epochOf(clock.instant())), person);
    }

    /** The person's link under every live key, newest first: what a look-up or an erasure matches. */
    public List<Pseudonym> live(Pseudonym person) {
        Instant now = clock.instant();
        List<Pseudonym> links = new ArrayList<>();
        long current = epochOf(now);
        links.add(link(key(current), person));
        for (long epoch = current - 1; epoch >= firstLiveEpoch(now); epoch--) {
            SecretKeySpec key = existing(epoch);
            if (key != null) {
                links.add(link(key, person));
            }
        }
        return links;
    }

    /** How long a link may last at most. */
    public Duration window() {
        return Duration.ofMillis(windowMillis);
    }

    /** How long one key makes new links: a link lasts at least {@code window - epoch}. */
    public Duration epoch() {
        return Duration.ofMillis(epochMillis);
    }

    /**
     * The start of the oldest epoch whose key is still live at {@code at}: records made before it are linked
     * to nobody any more, and can go.
     */
    public Instant oldestLinkable(Instant at) {
        return Instant.ofEpochMilli(firstLiveEpoch(at) * epochMillis);
    }

    @Override
    public String what() {
        return "epoch keys past their window";
    }

    /** Destroys every key whose window ends by {@code now}; never the current epoch's (validated settings ensure it). */
    @Override
    public int purge(Instant now) {
        long firstLive = Math.min(firstLiveEpoch(now), epochOf(clock.instant()));
        cache.keySet().removeIf(epoch -> epoch < firstLive);
        return keys.deleteBefore(firstLive);
    }

    private long epochOf(Instant at) {
        return Math.floorDiv(at.toEpochMilli(), epochMillis);
    }

    /** The first epoch whose key is destroyed after {@code at}: epoch e dies at e * epoch + window. */
    private long firstLiveEpoch(Instant at) {
        return Math.floorDiv(at.toEpochMilli() - windowMillis, epochMillis) + 1;
    }

    /**
     * The epoch's key if it has one. Every stored key is read once, at the first use: afterwards only the
     * current epoch can gain a key, and it does so through {@link #key}, so the cache is complete.
     */
    private SecretKeySpec existing(long epoch) {
        if (!loaded) {
            loadAll();
        }
        return cache.get(epoch);
    }

    private synchronized void loadAll() {
        if (!loaded) {
            keys.all().forEach((epoch, sealed) -> remember(epoch, identities.open(sealed, place(epoch))));
            loaded = true;
        }
    }

    /** The epoch's key, made now if it has none (in the caller's transaction; forgotten again if that rolls back). */
    private synchronized SecretKeySpec key(long epoch) {
        SecretKeySpec found = existing(epoch);
        if (found != null) {
            return found;
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        if (!keys.insert(epoch, identities.seal(fresh, place(epoch)))) {
            throw new IllegalStateException("an epoch key appeared in the database behind this process's back");
        }
        SecretKeySpec key = remember(epoch, fresh);
        Arrays.fill(fresh, (byte) 0);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        cache.remove(epoch, key);
                    }
                }
            });
        }
        return key;
    }

    private SecretKeySpec remember(long epoch, byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
        cache.put(epoch, spec);
        return spec;
    }

    private static SealedPlace place(long epoch) {
        return new SealedPlace("epoch_key", "sealed", Long.toString(epoch));
    }

    private static Pseudonym link(SecretKeySpec key, Pseudonym person) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return new Pseudonym(KeyedIdentities.truncated(mac.doFinal(person.value().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
