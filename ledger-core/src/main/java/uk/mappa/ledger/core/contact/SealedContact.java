package uk.mappa.ledger.core.contact;

import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SubjectId;

/**
 * The person holding a post, as events carry them: encrypted under a subject key of their own, so erasing the
 * subject erases them everywhere.
 *
 * @param contact how to reach them at work (telephone, secure e-mail), or null
 */
public record SealedContact(SubjectId subjectId, Sealed name, Sealed contact) {
}
