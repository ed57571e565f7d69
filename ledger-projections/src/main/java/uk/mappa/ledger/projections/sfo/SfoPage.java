package uk.mappa.ledger.projections.sfo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;

/** A page of SFO notifications, newest first, and the cursor of the next page (null on the last). */
public record SfoPage(List<SfoView> items, String next) implements Page<SfoView> {

    public static final String LIST = "sfo-notifications";

    public SfoPage {
        items = List.copyOf(items);
    }

    /** The cursor a token names; empty when it is not one this list gave. */
    public static Optional<Keyset> after(String token) {
        return Keyset.decode(LIST, token, Instant::parse);
    }

    /** The same page with each notification as a reader sees it. */
    public SfoPage map(UnaryOperator<List<SfoView>> presented) {
        return new SfoPage(presented.apply(items), next);
    }
}
