package uk.mappa.ledger.core.arrangement;

import java.util.Optional;

/** The handling arrangements as a share command sees them: current to the moment. */
@FunctionalInterface
public interface HandlingArrangements {

    Optional<ArrangementTerms> find(HandlingArrangementId id);
}
