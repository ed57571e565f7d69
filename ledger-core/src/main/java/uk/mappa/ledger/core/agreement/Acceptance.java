package uk.mappa.ledger.core.agreement;

import java.time.LocalDate;
import uk.mappa.ledger.core.body.BodyId;

/**
 * A party's signatory accepted the agreement.
 *
 * @param signatoryRole the role of the person who signed, e.g. "SMB Chair"; never a name
 */
public record Acceptance(BodyId party, String signatoryRole, LocalDate acceptedOn) {
}
