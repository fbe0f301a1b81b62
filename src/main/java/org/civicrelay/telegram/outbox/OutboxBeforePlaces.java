package org.civicrelay.telegram.outbox;

import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.SealedBeforePlaces;
import org.springframework.stereotype.Component;

/** Queued calls from before places: chat ids sealed in the old format, payloads in plain JSON; sealed for their row. */
@Component
class OutboxBeforePlaces implements SealedBeforePlaces {

    private final OutboxRepository rows;

    OutboxBeforePlaces(OutboxRepository rows) {
        this.rows = rows;
    }

    @Override
    public String what() {
        return "queued messages";
    }

    @Override
    public int reseal(Identities identities) {
        return rows.resealLegacy();
    }
}
