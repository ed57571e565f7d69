package uk.mappa.ledger.projections.holdings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mappa.ledger.projections.NewRows;

/** The copies a batch of events records as new (a recorded share's provider's and recipients'): {@link NewRows}. */
final class HoldingRows {

    static final String INSERT = "insert into holding (share_id, body_id, role, category, title, restricted_title,"
            + " provider_body_id, agreement_id, marking, held_since, retain_until, acknowledged_at, withdrawn_at,"
            + " destroyed_at, content_sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private HoldingRows() {
    }

    static NewRows<HoldingEntity.Key, Holding> of(JdbcTemplate database) {
        return new NewRows<>("holding", HoldingRows::key, NewRows.insert(database, INSERT, copy -> new Object[] {
                UUID.fromString(copy.shareId()), copy.bodyId(), copy.role(), copy.category(), copy.title(),
                copy.restrictedTitle(), copy.providerBodyId(), copy.agreementId(), copy.marking(),
                utc(copy.heldSince()), utc(copy.retainUntil()), utc(copy.acknowledgedAt()), utc(copy.withdrawnAt()),
                utc(copy.destroyedAt()), copy.contentSha256()}));
    }

    private static HoldingEntity.Key key(Holding copy) {
        return new HoldingEntity.Key(UUID.fromString(copy.shareId()), copy.bodyId());
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
