package uk.mappa.ledger.projections.sfo;

import java.time.Instant;
import uk.mappa.ledger.core.sfo.SfoNotified;

/**
 * An SFO notification and where it stands.
 *
 * @param status {@code AWAITING_ACKNOWLEDGEMENT}, {@code ACKNOWLEDGED}, {@code ESCALATED_TO_MAPPA_COORDINATOR}
 *               or {@code ESCALATED_TO_SMB_CHAIR}
 */
public record SfoView(String notificationId, String smbBodyId, String lscbBodyId, String recipientRole,
                      Instant notifiedAt, Instant acknowledgeBy, Instant acknowledgedAt, String status) {

    /** A notification as it was sent, before any acknowledgement or escalation. */
    public static SfoView notified(SfoNotified event) {
        return new SfoView(event.notificationId(), event.smb().value(), event.lscb().value(), event.recipientRole(),
                event.notifiedAt(), event.acknowledgeBy(), null, "AWAITING_ACKNOWLEDGEMENT");
    }
}
