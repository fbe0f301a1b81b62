package org.civicrelay.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The keyed hash under which an anonymous suggestion's receipt is kept: HMAC-SHA256 under a sub-key of the
 * data key derived for receipts only, so that it cannot be joined with pseudonyms or author keys. Without
 * the data key a stolen database cannot even test a guessed receipt.
 */
@Component
public class ReceiptHashes {

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    ReceiptHashes(DataKey dataKey) {
        this.key = new SecretKeySpec(dataKey.derive("civic-relay/receipt/v1"), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> KeyedIdentities.newMac(key));
    }

    public String hash(Receipt receipt) {
        byte[] digest = macs.get().doFinal(receipt.value().getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
