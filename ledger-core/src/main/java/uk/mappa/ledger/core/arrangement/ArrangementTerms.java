package uk.mappa.ledger.core.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;

/**
 * How the parties agreed in advance that case-specific information will be managed (HIPS protocol 6.2).
 *
 * @param access    who may see the information, in the parties' own words (roles, not names)
 * @param retention how long each party keeps it
 * @param expiresOn the last day case information may be shared under it
 * @param endedAt   when the parties ended it early, or null
 */
public record ArrangementTerms(HandlingArrangementId id, AgreementId agreementId, List<BodyId> parties, String purpose,
                               String storage, String access, Period retention, LocalDate expiresOn, Instant endedAt) {

    public ArrangementTerms {
        parties = List.copyOf(parties);
    }

    /** Whether case information may be shared under it at that instant. */
    public boolean inForceAt(Instant instant) {
        return (endedAt == null || instant.isBefore(endedAt))
                && !AgreementTerms.dayOf(instant).isAfter(expiresOn);
    }

    public boolean names(BodyId body) {
        return parties.contains(body);
    }

    static ArrangementTerms evolve(ArrangementTerms current, HandlingArrangementEvent event) {
        if (event instanceof HandlingArrangementEvent.HandlingArrangementAgreed agreed) {
            return new ArrangementTerms(agreed.arrangementId(), agreed.agreementId(), agreed.parties(),
                    agreed.purpose(), agreed.storage(), agreed.access(), agreed.retention(), agreed.expiresOn(), null);
        }
        HandlingArrangementEvent.HandlingArrangementEnded ended = (HandlingArrangementEvent.HandlingArrangementEnded) event;
        return new ArrangementTerms(current.id, current.agreementId, current.parties, current.purpose, current.storage,
                current.access, current.retention, current.expiresOn, ended.endedAt());
    }
}
