package uk.mappa.ledger.core.personal;

/** A person as events carry them: a subject id, and the details encrypted under that subject's key. */
public record SealedPerson(SubjectId subjectId, Sealed name, Sealed dateOfBirth, Sealed address) {
}
