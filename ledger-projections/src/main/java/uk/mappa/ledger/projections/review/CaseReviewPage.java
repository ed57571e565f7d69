package uk.mappa.ledger.projections.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;

/** A page of case reviews, most recently registered first, and the cursor of the next page (null on the last). */
public record CaseReviewPage(List<CaseReviewView> items, String next) implements Page<CaseReviewView> {

    public static final String LIST = "case-reviews";

    public CaseReviewPage {
        items = List.copyOf(items);
    }

    /** The cursor a token names; empty when it is not one this list gave. */
    public static Optional<Keyset> after(String token) {
        return Keyset.decode(LIST, token, Instant::parse);
    }
}
