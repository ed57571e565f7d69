package uk.mappa.ledger.core.sfo;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.BodyId;

/** Notifying an LSCB of a Serious Further Offence, and its acknowledgement. */
public final class SfoCommands {

    private SfoCommands() {
    }

    /**
     * @param recipientRole     CHAIR or BUSINESS_MANAGER of the LSCB
     * @param acknowledgeWithin how long the LSCB has to acknowledge before escalation to the co-ordinator
     * @param thenChairWithin   how much longer before escalation to the SMB chair
     */
    public record NotifySfo(@TargetAggregateIdentifier String notificationId, BodyId smb, BodyId lscb,
                            String recipientRole, boolean childInvolved, boolean riskToChildren, String summary,
                            Instant notifiedAt, Duration acknowledgeWithin, Duration thenChairWithin, Actor actor) {

        public NotifySfo {
            Objects.requireNonNull(notificationId, "notificationId");
            Objects.requireNonNull(smb, "smb");
            Objects.requireNonNull(lscb, "lscb");
            Objects.requireNonNull(notifiedAt, "notifiedAt");
            Objects.requireNonNull(acknowledgeWithin, "acknowledgeWithin");
            Objects.requireNonNull(thenChairWithin, "thenChairWithin");
            Objects.requireNonNull(actor, "actor");
        }
    }

    public record AcknowledgeSfo(@TargetAggregateIdentifier String notificationId, Instant at, Actor actor) {
    }
}
