package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mappa.ledger.projections.BeforeCommit;

/**
 * The copies a batch of events records as new (a recorded share's provider's and recipients'), written in one JDBC
 * batch just before the batch commits ({@link BeforeCommit}), past the persistence session. Until then they are
 * here: a later event in the same batch (an acknowledgement straight after the share) finds and changes them here.
 */
final class HoldingRows {

    static final String INSERT = "insert into holding (share_id, body_id, role, category, title, restricted_title,"
            + " provider_body_id, agreement_id, marking, held_since, retain_until, acknowledged_at, withdrawn_at,"
            + " destroyed_at, content_sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PENDING = HoldingRows.class.getName();

    private final JdbcTemplate database;

    HoldingRows(JdbcTemplate database) {
        this.database = database;
    }

    /** A new copy, to be inserted with the batch. */
    void add(Holding copy) {
        pending().put(new HoldingEntity.Key(UUID.fromString(copy.shareId()), copy.bodyId()), copy);
    }

    /** The batch's new copy under this key, if it has one. */
    Holding find(HoldingEntity.Key key) {
        return pending().get(key);
    }

    /** Changes the batch's new copy, if it has one under the copy's key; false when it has none. */
    boolean replace(Holding copy) {
        return pending().replace(new HoldingEntity.Key(UUID.fromString(copy.shareId()), copy.bodyId()), copy) != null;
    }

    private Map<HoldingEntity.Key, Holding> pending() {
        return BeforeCommit.pending(PENDING, LinkedHashMap::new, this::write);
    }

    private void write(Map<HoldingEntity.Key, Holding> copies) {
        List<Object[]> rows = new ArrayList<>(copies.size());
        copies.forEach((key, copy) -> rows.add(new Object[] {key.shareId(), copy.bodyId(), copy.role(),
                copy.category(), copy.title(), copy.restrictedTitle(), copy.providerBodyId(), copy.agreementId(),
                copy.marking(), utc(copy.heldSince()), utc(copy.retainUntil()), utc(copy.acknowledgedAt()),
                utc(copy.withdrawnAt()), utc(copy.destroyedAt()), copy.contentSha256()}));
        copies.clear();
        if (!rows.isEmpty()) {
            database.batchUpdate(INSERT, rows);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
