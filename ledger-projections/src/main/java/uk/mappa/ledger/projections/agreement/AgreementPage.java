package uk.mappa.ledger.projections.agreement;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.Page;

/** A page of agreements in title order, and the cursor of the next page (null on the last). */
public record AgreementPage(List<AgreementView> items, String next) implements Page<AgreementView> {

    public static final String LIST = "agreements";

    public AgreementPage {
        items = List.copyOf(items);
    }

    /** The cursor a token names; empty when it is not one this list gave. */
    public static Optional<Keyset> after(String token) {
        return Keyset.decode(LIST, token, Function.identity());
    }
}
