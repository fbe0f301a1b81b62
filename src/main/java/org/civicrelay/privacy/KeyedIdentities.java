package org.civicrelay.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for sealed values, each bound to its place (table, column, row) through the associated data;
 * HMAC-SHA256 (truncated to 128 bits) for pseudonyms and message links, each under a sub-key of its own.
 */
@Component
class KeyedIdentities implements Identities {

    /** Format 2: a version byte, the nonce, the ciphertext and the tag. */
    static final byte VERSION = 2;

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] LEGACY_AAD = "civic-relay chat id v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey encryptionKey;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Mac> macs;
    private final ThreadLocal<Mac> linkMacs;

    /** The key comes checked against the database (DataKeyConfig): nothing is sealed under a wrong one. */
    KeyedIdentities(DataKey key) {
        this.encryptionKey = new SecretKeySpec(key.derive("civic-relay/seal/v1"), "AES");
        SecretKeySpec pseudonymKey = new SecretKeySpec(key.derive("civic-relay/pseudonym/v1"), "HmacSHA256");
        SecretKeySpec linkKey = new SecretKeySpec(key.derive("civic-relay/message-link/v1"), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> newMac(pseudonymKey));
        this.linkMacs = ThreadLocal.withInitial(() -> newMac(linkKey));
    }

    @Override
    public Pseudonym pseudonym(long telegramId) {
        return new Pseudonym(truncated(macs.get()
                .doFinal(ByteBuffer.allocate(Long.BYTES).putLong(telegramId).array())));
    }

    @Override
    public String messageLink(Pseudonym chat, int messageId) {
        return truncated(linkMacs.get().doFinal((chat.value() + "/" + messageId).getBytes(StandardCharsets.UTF_8)));
    }

    /** 128 bits of an HMAC, base64url: plenty against collisions among people, and short to store. */
    static String truncated(byte[] digest) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    @Override
    public SealedId seal(long chatId, SealedPlace place) {
        return new SealedId(seal(ByteBuffer.allocate(Long.BYTES).putLong(chatId).array(), place), place);
    }

    @Override
    public long open(SealedId sealed) {
        byte[] plain = open(sealed.bytes(), sealed.place());
        if (plain.length != Long.BYTES) {
            throw new IllegalArgumentException("not a sealed chat id");
        }
        return ByteBuffer.wrap(plain).getLong();
    }

    @Override
    public byte[] seal(byte[] plain, SealedPlace place) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.associatedData());
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public byte[] open(byte[] sealed, SealedPlace place) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalArgumentException("not a sealed value of this version");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(place.associatedData());
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("a sealed value that this data key did not seal for this place", e);
        }
    }

    @Override
    public long openLegacy(byte[] sealed) {
        if (!Identities.isLegacy(sealed)) {
            throw new IllegalArgumentException("not a sealed chat id of format 1");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(LEGACY_AAD);
            return ByteBuffer.wrap(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES))
                    .getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("a sealed id that this data key did not seal", e);
        }
    }

    /** A fresh HMAC-SHA256 under {@code key} (a Mac is not thread-safe: one per thread). */
    static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
