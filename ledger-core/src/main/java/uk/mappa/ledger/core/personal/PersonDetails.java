package uk.mappa.ledger.core.personal;

import java.time.LocalDate;

/** A person's details in clear, as they arrive at the API and leave it while the subject's key exists. */
public record PersonDetails(String name, LocalDate dateOfBirth, String address) {
}
