package uk.mappa.ledger.core.share;

import java.util.Objects;
import java.util.UUID;
import uk.mappa.ledger.core.body.BodyId;

/**
 * What a share of minutes must match: the chair's decision on a request, as the share sees it (so the share
 * rules need nothing of the minutes feature but this).
 *
 * @param requesterBody the body that asked, or null for an offender or their representative
 * @param agreedSummary the executive summary the chair agreed to disclose, or null while undecided or refused
 */
public record MinutesDisclosure(UUID requestId, BodyId chairBody, BodyId requesterBody, ContentDigest agreedSummary) {

    public MinutesDisclosure {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(chairBody, "chairBody");
    }

    /** Whether the chair agreed to disclose exactly this document. */
    public boolean agrees(ContentDigest content) {
        return agreedSummary != null && agreedSummary.equals(content);
    }
}
