package uk.mappa.ledger.core.sfo;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/**
 * An SFO notification was not acknowledged in time and was escalated: first to the MAPPA co-ordinator,
 * then to the SMB chair.
 *
 * @param to {@code MAPPA_COORDINATOR} or {@code SMB_CHAIR}
 */
@Revision("1")
public record SfoEscalated(String notificationId, BodyId smb, BodyId lscb, String to, Instant dueAt)
        implements SfoEvent {

    public static final String TO_COORDINATOR = "MAPPA_COORDINATOR";
    public static final String TO_SMB_CHAIR = "SMB_CHAIR";

    @Override
    public String summary() {
        return "SFO notification " + notificationId + " to " + lscb + " not acknowledged by " + dueAt
                + ": escalated to the " + (TO_COORDINATOR.equals(to) ? "MAPPA co-ordinator" : "SMB chair");
    }
}
