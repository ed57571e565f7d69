package uk.mappa.ledger.projections.agreement;

import java.time.LocalDate;
import java.util.function.Function;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.projections.Keyset;
import uk.mappa.ledger.projections.LedgerQuery;
import uk.mappa.ledger.projections.Page;

/**
 * A page of agreements in title order after a cursor (null for the first page): optionally only those naming a
 * body, and optionally only those in force or suspended whose review date falls on or before {@code reviewDueBy}.
 */
public record FindAgreements(BodyId party, LocalDate reviewDueBy, int size, Keyset after)
        implements LedgerQuery<AgreementPage> {

    /** How many days ahead a review date makes an agreement due for review. */
    public static final int REVIEW_NOTICE_DAYS = 30;

    public FindAgreements {
        Page.requireSize(size);
    }

    /** The query for each page of the largest size, after the next-page token of the one before (null first). */
    public static Function<String, FindAgreements> everyPage(BodyId party, LocalDate reviewDueBy) {
        return token -> new FindAgreements(party, reviewDueBy, Page.MAX_SIZE,
                token == null ? null : AgreementPage.after(token).orElseThrow());
    }

    @Override
    public ResponseType<AgreementPage> responseType() {
        return ResponseTypes.instanceOf(AgreementPage.class);
    }
}
