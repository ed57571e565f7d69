package uk.mappa.ledger.core.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.body.BodyId;

/** Everything that happens to a handling arrangement. */
public sealed interface HandlingArrangementEvent extends LedgerEvent {

    HandlingArrangementId arrangementId();

    List<BodyId> parties();

    @Override
    default List<BodyId> bodiesInvolved() {
        return parties();
    }

    /** The parties agreed how case information shared between them will be managed. */
    @Revision("1")
    record HandlingArrangementAgreed(HandlingArrangementId arrangementId, AgreementId agreementId, List<BodyId> parties,
                                     String purpose, String storage, String access, Period retention,
                                     LocalDate expiresOn, String agreedBy) implements HandlingArrangementEvent {

        public HandlingArrangementAgreed {
            parties = List.copyOf(parties);
        }

        @Override
        public String summary() {
            return "Handling arrangement for case information between " + String.join(", ",
                    parties.stream().map(BodyId::value).toList()) + " under agreement " + agreementId
                    + ", until " + expiresOn + ": " + purpose;
        }
    }

    /** The arrangement was ended before it expired; no more case information is shared under it. */
    @Revision("1")
    record HandlingArrangementEnded(HandlingArrangementId arrangementId, List<BodyId> parties, Instant endedAt,
                                    String reason, String endedBy) implements HandlingArrangementEvent {

        public HandlingArrangementEnded {
            parties = List.copyOf(parties);
        }

        @Override
        public String summary() {
            return "Handling arrangement " + arrangementId + " ended: " + reason;
        }
    }
}
