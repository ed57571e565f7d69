package uk.mappa.ledger.core.minutes;

import java.util.Objects;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.core.share.MinutesDisclosure;

/**
 * A minutes request as a share of its executive summary sees it.
 *
 * @param requesterBody the requesting body, or null for an offender or their representative
 * @param decided       whether the chair has decided
 * @param disclose      whether the chair decided to disclose (only with {@code decided})
 * @param summary       the digest of the executive summary the chair agreed, when disclosing
 */
public record MinutesDecision(MinutesRequestId id, BodyId smb, BodyId chairBody, BodyId requesterBody,
                              boolean decided, boolean disclose, ContentDigest summary) {

    public MinutesDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(smb, "smb");
        Objects.requireNonNull(chairBody, "chairBody");
    }

    /** Whether the chair agreed to disclose this executive summary. */
    public boolean agreesToDisclose(ContentDigest content) {
        return decided && disclose && summary.equals(content);
    }

    /** The decision as a share of the summary must match it. */
    public MinutesDisclosure asDisclosure() {
        return new MinutesDisclosure(id.value(), chairBody, requesterBody, decided && disclose ? summary : null);
    }

    /** The request after one more event; {@code current} is null before it was received. */
    static MinutesDecision evolve(MinutesDecision current, MinutesEvent event) {
        if (event instanceof MinutesEvent.MinutesRequested requested) {
            return new MinutesDecision(requested.requestId(), requested.smb(), requested.chairBody(),
                    requested.requesterBody(), false, false, null);
        }
        MinutesEvent.MinutesRequestDecided decided = (MinutesEvent.MinutesRequestDecided) event;
        return new MinutesDecision(current.id(), current.smb(), current.chairBody(), current.requesterBody(), true,
                decided.disclose(), decided.executiveSummary());
    }
}
