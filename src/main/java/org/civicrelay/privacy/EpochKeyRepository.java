package org.civicrelay.privacy;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code epoch_key} table: one random key per epoch, sealed with the data key, deleted when its window ends. */
@Repository
class EpochKeyRepository {

    private final JdbcClient jdbc;

    EpochKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored key, by epoch. */
    Map<Long, byte[]> all() {
        Map<Long, byte[]> all = new HashMap<>();
        jdbc.sql("SELECT epoch, sealed FROM epoch_key").query(rs -> {
            all.put(rs.getLong("epoch"), rs.getBytes("sealed"));
        });
        return all;
    }

    /** False if the epoch already has a key (then use that one). */
    boolean insert(long epoch, byte[] sealed) {
        return jdbc.sql("INSERT INTO epoch_key (epoch, sealed) VALUES (:epoch, :sealed) ON CONFLICT (epoch) DO NOTHING")
                .param("epoch", epoch)
                .param("sealed", sealed)
                .update() == 1;
    }

    /** Deletes the keys of every epoch before {@code firstLive}; secure_delete overwrites them in the file. */
    int deleteBefore(long firstLive) {
        return jdbc.sql("DELETE FROM epoch_key WHERE epoch < :firstLive").param("firstLive", firstLive).update();
    }
}
