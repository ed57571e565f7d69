package uk.mappa.ledger.core.sfo;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.body.BodyId;

/** The LSCB acknowledged the SFO notification. */
@Revision("1")
public record SfoAcknowledged(String notificationId, BodyId smb, BodyId lscb, Instant acknowledgedAt,
                              String acknowledgedBy) implements SfoEvent {

    @Override
    public String summary() {
        return lscb + " acknowledged SFO notification " + notificationId + " from " + smb;
    }
}
