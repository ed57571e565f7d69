package uk.mappa.ledger.core.personal;

import java.util.Optional;
import uk.mappa.ledger.core.body.BodyId;

/**
 * Keeps one encryption key per data subject, apart from the events. Encrypting with it keeps personal
 * data out of the event store in clear; destroying it erases the data everywhere at once.
 */
public interface PersonalDataVault {

    /** A new subject with a key of its own, held for the body responsible for the data. */
    SubjectId newSubject(BodyId owner);

    Sealed seal(SubjectId subject, String clear);

    /** The clear value, or empty once the subject has been erased. */
    Optional<String> open(Sealed value);

    /** The body responsible for the subject's data, while the key exists. */
    Optional<BodyId> owner(SubjectId subject);

    /** Destroys the subject's key. Returns false when there was none (unknown or already erased). */
    boolean destroy(SubjectId subject);

    /** Seals a person's details under a new subject of their own. */
    default SealedPerson sealPerson(BodyId owner, PersonDetails person) {
        SubjectId subject = newSubject(owner);
        return new SealedPerson(subject, seal(subject, person.name()),
                person.dateOfBirth() == null ? null : seal(subject, person.dateOfBirth().toString()),
                person.address() == null ? null : seal(subject, person.address()));
    }
}
