package uk.mappa.ledger.core.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.body.BodyId;

/** Agreeing and ending how case information will be managed. */
public final class HandlingArrangementCommands {

    private HandlingArrangementCommands() {
    }

    /** @param now when it is recorded: the agreement must be in force then, and the expiry not before */
    public record AgreeHandlingArrangement(@TargetAggregateIdentifier HandlingArrangementId arrangementId,
                                           AgreementId agreementId, List<BodyId> parties, String purpose,
                                           String storage, String access, Period retention, LocalDate expiresOn,
                                           Instant now, Actor actor) {

        public AgreeHandlingArrangement {
            Objects.requireNonNull(arrangementId, "arrangementId");
            Objects.requireNonNull(agreementId, "agreementId");
            Objects.requireNonNull(retention, "retention");
            Objects.requireNonNull(expiresOn, "expiresOn");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(actor, "actor");
            parties = List.copyOf(parties);
        }
    }

    public record EndHandlingArrangement(@TargetAggregateIdentifier HandlingArrangementId arrangementId, String reason,
                                         Instant at, Actor actor) {

        public EndHandlingArrangement {
            Objects.requireNonNull(arrangementId, "arrangementId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
