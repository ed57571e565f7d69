package uk.mappa.ledger.projections.csods;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;

/** A page of CSODS cases, most recently received first, and the cursor of the next page (null on the last). */
public record CsodsCasePage(List<CsodsCaseSummary> items, String next) implements Page<CsodsCaseSummary> {

    public static final String LIST = "csods-cases";

    public CsodsCasePage {
        items = List.copyOf(items);
    }

    /** The cursor a token names; empty when it is not one this list gave. */
    public static Optional<Keyset> after(String token) {
        return Keyset.decode(LIST, token, Instant::parse);
    }
}
