package uk.mappa.ledger.core.agreement;

import java.time.LocalDate;

/** One line of an agreement's version record: the version it made, what changed and who authorised it. */
public record Amendment(int version, String changes, String authorisedBy, LocalDate amendedOn) {
}
