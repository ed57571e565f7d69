package uk.mappa.ledger.core.review;

import java.util.Objects;
import uk.mappa.ledger.core.body.BodyId;

/** A registered case review, as a decision about another review or a share of its learning sees it. */
public record ReviewTerms(CaseReviewId id, BodyId board, ReviewKind kind, CaseDigest caseDigest) {

    public ReviewTerms {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseDigest, "caseDigest");
    }
}
