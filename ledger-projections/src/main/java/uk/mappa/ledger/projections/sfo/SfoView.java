package uk.mappa.ledger.projections.sfo;

import java.time.Instant;
import uk.mappa.ledger.core.sfo.SfoNotified;
import uk.mappa.ledger.projections.contact.Addressee;

/**
 * An SFO notification and where it stands.
 *
 * @param status {@code AWAITING_ACKNOWLEDGEMENT}, {@code ACKNOWLEDGED}, {@code ESCALATED_TO_MAPPA_COORDINATOR}
 *               or {@code ESCALATED_TO_SMB_CHAIR}
 * @param smbLead the SMB's designated lead for SFOs to this LSCB (MoU 6) and who holds the post now, decided
 *                when read; null if the SMB has none
 */
public record SfoView(String notificationId, String smbBodyId, String lscbBodyId, String recipientRole,
                      Instant notifiedAt, Instant acknowledgeBy, Instant acknowledgedAt, String status,
                      Addressee smbLead) {

    /** A notification as it was sent, before any acknowledgement or escalation. */
    public static SfoView notified(SfoNotified event) {
        return new SfoView(event.notificationId(), event.smb().value(), event.lscb().value(), event.recipientRole(),
                event.notifiedAt(), event.acknowledgeBy(), null, "AWAITING_ACKNOWLEDGEMENT", null);
    }

    /** The same notification with the SMB's lead for this LSCB as the post stands now. */
    public SfoView withSmbLead(Addressee lead) {
        return new SfoView(notificationId, smbBodyId, lscbBodyId, recipientRole, notifiedAt, acknowledgeBy,
                acknowledgedAt, status, lead);
    }
}
