package uk.mappa.ledger.projections.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.mappa.ledger.core.body.BodyEvent;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyMerged;
import uk.mappa.ledger.core.body.BodyRegistered;
import uk.mappa.ledger.core.body.BodyRenamed;

/**
 * A body as the register shows it.
 *
 * @param status          ACTIVE, MERGED or CLOSED
 * @param successorBodyId the body a merged body was merged into
 * @param formerNames     the names it had before, oldest first (an LSCB renamed as an LSCP keeps its history)
 */
public record BodyView(String id, String name, String kind, String mappaArea, Instant registeredAt, String status,
                       String successorBodyId, List<String> formerNames) {

    public BodyView {
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    }

    /**
     * The register entry after one more event about the body, for reconstructing the register as it stood on
     * a past date; {@code known} is null before it was registered.
     */
    public static BodyView evolve(BodyView known, BodyEvent event, Instant at) {
        if (event instanceof BodyRegistered registered) {
            return new BodyView(registered.bodyId().value(), registered.name(), registered.kind().name(),
                    registered.area().value(), at);
        }
        if (known == null) {
            return null;
        }
        if (event instanceof BodyRenamed renamed) {
            List<String> names = new ArrayList<>(known.formerNames);
            names.add(known.name);
            return new BodyView(known.id, renamed.name(), renamed.kind().name(), known.mappaArea, known.registeredAt,
                    known.status, known.successorBodyId, names);
        }
        BodyId successor = event instanceof BodyMerged merged ? merged.into() : null;
        return new BodyView(known.id, known.name, known.kind, known.mappaArea, known.registeredAt,
                successor != null ? "MERGED" : "CLOSED", successor == null ? null : successor.value(),
                known.formerNames);
    }

    /** A body open for sharing, as first registered. */
    public BodyView(String id, String name, String kind, String mappaArea, Instant registeredAt) {
        this(id, name, kind, mappaArea, registeredAt, "ACTIVE", null, List.of());
    }
}
