package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;

/**
 * A holder of a share discloses it onward to a third party, with the provider's signed written consent.
 *
 * @param consentDocument the exact bytes the provider signed
 * @param signature       the provider's CMS detached signature over them, DER
 * @param thirdParty      the third party being disclosed to, or null to take the consent's
 * @param purpose         the purpose of the disclosure, or null to take the consent's
 */
public record RecordOnwardDisclosure(@TargetAggregateIdentifier ShareId shareId, byte[] consentDocument,
                                     byte[] signature, String thirdParty, String purpose, Instant disclosedAt,
                                     Actor actor) {

    public RecordOnwardDisclosure {
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(consentDocument, "consentDocument");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(disclosedAt, "disclosedAt");
        Objects.requireNonNull(actor, "actor");
    }
}
