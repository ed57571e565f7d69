package uk.mappa.ledger.core.agreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import uk.mappa.ledger.core.LedgerEvent;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * A change in legislation or national guidance that agreements reviewed "as required" must take into account
 * (Merseyside protocol, Review): recording one flags each of them for review.
 */
public class LegislativeChange {

    @AggregateIdentifier
    private UUID id;

    protected LegislativeChange() {
        // for Axon
    }

    /** Record a legislative or guidance change; by an information governance lead. */
    public record RecordLegislativeChange(@TargetAggregateIdentifier UUID changeId, String title, LocalDate effectiveOn,
                                          Actor actor) {

        public RecordLegislativeChange {
            Objects.requireNonNull(changeId, "changeId");
            Objects.requireNonNull(effectiveOn, "effectiveOn");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** The change was recorded; agreements without a fixed review date are due for review because of it. */
    @Revision("1")
    public record LegislativeChangeRecorded(UUID changeId, String title, LocalDate effectiveOn, String recordedBy)
            implements LedgerEvent {

        @Override
        public List<BodyId> bodiesInvolved() {
            return List.of();
        }

        @Override
        public String summary() {
            return "Legislative change recorded (effective " + effectiveOn + "): " + title
                    + "; agreements reviewed as required are due for review";
        }
    }

    @CommandHandler
    public LegislativeChange(RecordLegislativeChange command) {
        if (!command.actor().hasRole(Role.IG_LEAD)) {
            throw RuleViolation.forbidden("not-ig-lead", "Information governance leads record legislative changes.");
        }
        apply(new LegislativeChangeRecorded(command.changeId(), Require.text("title", command.title(), 300),
                command.effectiveOn(), command.actor().userId()));
    }

    @EventSourcingHandler
    void on(LegislativeChangeRecorded event) {
        id = event.changeId();
    }
}
