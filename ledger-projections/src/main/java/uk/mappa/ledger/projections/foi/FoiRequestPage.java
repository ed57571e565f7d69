package uk.mappa.ledger.projections.foi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;

/** A page of FOI requests, soonest due first, and the cursor of the next page (null on the last). */
public record FoiRequestPage(List<FoiRequestView> items, String next) implements Page<FoiRequestView> {

    public static final String LIST = "foi-requests";

    public FoiRequestPage {
        items = List.copyOf(items);
    }

    /** The cursor a token names; empty when it is not one this list gave. */
    public static Optional<Keyset> after(String token) {
        return Keyset.decode(LIST, token, LocalDate::parse);
    }
}
