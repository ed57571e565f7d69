package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * A holder disclosed the share to a third party with the provider's verified written consent. Carries
 * the signed consent and the signature, so anyone can check them again years later.
 *
 * @param number           1 for the share's first onward disclosure, and so on
 * @param thirdPartyBodyId the third party's id in the register, when it is a registered body
 * @param consentDocument  the signed bytes, base64
 * @param signature        the CMS detached signature, DER in base64
 * @param signedAt         when the signature was judged: the ledger's receipt, or a trusted RFC 3161 time-stamp
 * @param consentId        the consent's unique id, used for this disclosure only (null in disclosures recorded
 *                         before consents carried one)
 */
@Revision("1")
public record OnwardDisclosureRecorded(ShareId shareId, int number, BodyId provider, BodyId discloser,
                                       String thirdPartyName, BodyId thirdPartyBodyId, String purpose,
                                       String lawfulBasis, String conditions, Instant consentExpires,
                                       String consentDocument, String signature, String signerFingerprint,
                                       Instant signedAt, Instant disclosedAt, String disclosedBy, String consentId)
        implements ShareEvent {

    @Override
    public List<BodyId> bodiesInvolved() {
        List<BodyId> bodies = new ArrayList<>(List.of(provider, discloser));
        if (thirdPartyBodyId != null) {
            bodies.add(thirdPartyBodyId);
        }
        return List.copyOf(bodies);
    }

    @Override
    public String summary() {
        return discloser + " disclosed share " + shareId + " to " + thirdPartyName + " for '" + purpose
                + "' with the written consent of " + provider + " (signed by certificate " + signerFingerprint + ")";
    }
}
