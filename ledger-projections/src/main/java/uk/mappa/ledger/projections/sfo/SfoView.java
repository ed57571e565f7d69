package uk.mappa.ledger.projections.sfo;

import java.time.Instant;

/**
 * An SFO notification and where it stands.
 *
 * @param status {@code AWAITING_ACKNOWLEDGEMENT}, {@code ACKNOWLEDGED}, {@code ESCALATED_TO_MAPPA_COORDINATOR}
 *               or {@code ESCALATED_TO_SMB_CHAIR}
 */
public record SfoView(String notificationId, String smbBodyId, String lscbBodyId, String recipientRole,
                      Instant notifiedAt, Instant acknowledgeBy, Instant acknowledgedAt, String status) {
}
