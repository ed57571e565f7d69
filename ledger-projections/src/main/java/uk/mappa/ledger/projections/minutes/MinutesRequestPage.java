package uk.mappa.ledger.projections.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;

/** A page of minutes requests, latest received first, and the cursor of the next page (null on the last). */
public record MinutesRequestPage(List<MinutesRequestView> items, String next) implements Page<MinutesRequestView> {

    public static final String LIST = "minutes-requests";

    public MinutesRequestPage {
        items = List.copyOf(items);
    }

    /** The cursor a token names; empty when it is not one this list gave. */
    public static Optional<Keyset> after(String token) {
        return Keyset.decode(LIST, token, LocalDate::parse);
    }
}
