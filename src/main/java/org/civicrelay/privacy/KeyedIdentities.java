package org.civicrelay.privacy;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/** AES-256-GCM for sealed ids, HMAC-SHA256 (truncated to 128 bits) for pseudonyms. */
@Component
class KeyedIdentities implements Identities {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] AAD = "civic-relay chat id v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final SecretKey encryptionKey;
    private final SecretKeySpec pseudonymKey;
    private final SecretKeySpec authorKey;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Mac> macs;
    private final ThreadLocal<Mac> authorMacs;

    /** The key comes checked against the database (DataKeyConfig): nothing is sealed under a wrong one. */
    KeyedIdentities(DataKey key) {
        this.encryptionKey = new SecretKeySpec(key.derive("civic-relay/seal/v1"), "AES");
        this.pseudonymKey = new SecretKeySpec(key.derive("civic-relay/pseudonym/v1"), "HmacSHA256");
        this.authorKey = new SecretKeySpec(key.derive("civic-relay/spam/v1"), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> newMac(pseudonymKey));
        this.authorMacs = ThreadLocal.withInitial(() -> newMac(authorKey));
    }

    @Override
    public Pseudonym pseudonym(long telegramId) {
        return truncated(macs.get().doFinal(ByteBuffer.allocate(Long.BYTES).putLong(telegramId).array()));
    }

    @Override
    public Pseudonym authorKey(Pseudonym user) {
        return truncated(authorMacs.get().doFinal(user.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** 128 bits of an HMAC, base64url: plenty against collisions among people, and short to store. */
    private static Pseudonym truncated(byte[] digest) {
        return new Pseudonym(Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)));
    }

    @Override
    public SealedId seal(long chatId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(chatId).array());
            return new SealedId(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public long open(SealedId sealedId) {
        byte[] bytes = sealedId.bytes();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(AAD);
            return ByteBuffer.wrap(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES)).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("a sealed id that this data key did not seal", e);
        }
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
