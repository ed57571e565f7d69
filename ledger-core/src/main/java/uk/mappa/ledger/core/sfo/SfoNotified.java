package uk.mappa.ledger.core.sfo;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.personal.Sealed;

/**
 * An SMB urgently notified an LSCB's chair or business manager of a Serious Further Offence in which a
 * child was involved or whose offender poses a risk to children.
 *
 * @param details         the case details, sealed under their own key
 * @param acknowledgeBy   when the LSCB must have acknowledged it, or it is escalated to the MAPPA co-ordinator
 * @param escalateToChairBy when, still unacknowledged, it is escalated to the SMB chair
 */
@Revision("1")
public record SfoNotified(String notificationId, BodyId smb, BodyId lscb, String recipientRole, boolean childInvolved,
                          boolean riskToChildren, Sealed details, Instant notifiedAt, Instant acknowledgeBy,
                          Instant escalateToChairBy, String notifiedBy) implements SfoEvent {

    @Override
    public String summary() {
        return smb + " notified the " + recipientRole.toLowerCase().replace('_', ' ') + " of " + lscb
                + " of a serious further offence (" + (childInvolved ? "a child was involved" : "risk to children")
                + "); acknowledgement due by " + acknowledgeBy;
    }
}
