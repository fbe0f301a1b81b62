package org.civicrelay.privacy;

import java.nio.charset.StandardCharsets;
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

/**
 * Forward-secret links: pseudonyms that stop linking to anyone once their window has passed, and that no
 * copy of the disk can ever recompute. Time is cut into epochs ({@code bot.anonymity.epoch}, an hour by
 * default); each epoch has a random key of its own, not derived from the data key and never written to
 * disk, with which the links made during the epoch are computed (an HMAC of the person's pseudonym). The
 * key is destroyed {@code bot.anonymity.window} (48 hours) after its epoch began, and every key is lost when
 * the process ends. So a database, its WAL, any backup and the data key together cannot link a person to
 * such a record at any time, not even by trying every Telegram id: only the running process can, and only
 * within the window.
 * <p>
 * Used for the author key of a suggestion awaiting a decision (spam blocks), spam blocks themselves, and
 * the ids of messages /wipe may still delete. A look-up tries the person's link under every live key. The
 * price of keeping the keys in memory only: a restart forgets every such link ({@link EpochLinked}), so a
 * spam block ends and /wipe knows only the messages since the bot started.
 */
@Component
public class EpochKeys implements Retention {

    private final Clock clock;
    private final long epochMillis;
    private final long windowMillis;
    /** Nothing made before this process started can be linked: its keys died with the previous process. */
    private final Instant started;

    private final SecureRandom random = new SecureRandom();
    private final Map<Long, byte[]> keys = new ConcurrentHashMap<>();

    EpochKeys(Clock clock, PrivacySettings settings) {
        this.clock = clock;
        this.epochMillis = settings.anonymity().epoch().toMillis();
        this.windowMillis = settings.anonymity().window().toMillis();
        this.started = clock.instant();
    }

    /** The person's link under the current epoch's key: what a new record stores. */
    public Pseudonym current(Pseudonym person) {
        return link(key(epochOf(clock.instant())), person);
    }

    /** The person's link under every live key, newest first: what a look-up or an erasure matches. */
    public List<Pseudonym> live(Pseudonym person) {
        Instant now = clock.instant();
        long current = epochOf(now);
        List<Pseudonym> links = new ArrayList<>();
        links.add(link(key(current), person));
        for (long epoch = current - 1; epoch >= firstLiveEpoch(now); epoch--) {
            byte[] key = keys.get(epoch);
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

    /** How long one key makes new links: a link lasts at least {@code window - epoch}, unless the bot restarts. */
    public Duration epoch() {
        return Duration.ofMillis(epochMillis);
    }

    /**
     * The moment before which nothing can be linked at {@code at}: the start of the oldest epoch whose key is
     * still live, or this process's start if later. Records made before it are linked to nobody, and can go.
     */
    public Instant oldestLinkable(Instant at) {
        Instant byWindow = Instant.ofEpochMilli(firstLiveEpoch(at) * epochMillis);
        return byWindow.isAfter(started) ? byWindow : started;
    }

    @Override
    public String what() {
        return "epoch keys past their window";
    }

    /** Destroys every key whose window ends by {@code now}; never the current epoch's (settings ensure it). */
    @Override
    public int purge(Instant now) {
        long firstLive = Math.min(firstLiveEpoch(now), epochOf(clock.instant()));
        int destroyed = 0;
        for (Long epoch : List.copyOf(keys.keySet())) {
            if (epoch < firstLive) {
                byte[] key = keys.remove(epoch);
                if (key != null) {
                    Arrays.fill(key, (byte) 0);
                    destroyed++;
                }
            }
        }
        return destroyed;
    }

    private long epochOf(Instant at) {
        return Math.floorDiv(at.toEpochMilli(), epochMillis);
    }

    /** The first epoch whose key is destroyed after {@code at}: epoch e dies at e * epoch + window. */
    private long firstLiveEpoch(Instant at) {
        return Math.floorDiv(at.toEpochMilli() - windowMillis, epochMillis) + 1;
    }

    private byte[] key(long epoch) {
        return keys.computeIfAbsent(epoch, fresh -> {
            byte[] key = new byte[32];
            random.nextBytes(key);
            return key;
        });
    }

    private static Pseudonym link(byte[] key, Pseudonym person) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return new Pseudonym(
                    KeyedIdentities.truncated(mac.doFinal(person.value().getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
