package uk.mappa.ledger.core.body;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.mappa.ledger.core.rule.RuleViolation;

/** A body in the register. Kept in the ledger itself so that the register has the same audit trail as shares. */
public class Body {

    @AggregateIdentifier
    private BodyId id;
    private RegisteredBody registered;

    protected Body() {
        // for Axon
    }

    /** Registration is idempotent so the seed file can be applied on every start. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterBody command) {
        RegisteredBody requested = new RegisteredBody(command.bodyId(), command.name(), command.kind(), command.area());
        if (registered == null) {
            apply(new BodyRegistered(command.bodyId(), command.name(), command.kind(), command.area()));
            return;
        }
        requireSameDetails(requested);
    }

    private void requireSameDetails(RegisteredBody requested) {
        if (!registered.equals(requested)) {
            throw RuleViolation.conflict("body-already-registered",
                    "Body '" + id + "' is already registered as " + registered.name() + " (" + registered.kind()
                            + ", " + registered.area() + "); a registered body's details cannot be replaced.");
        }
    }

    @EventSourcingHandler
    void on(BodyRegistered event) {
        id = event.bodyId();
        registered = event.toRegisteredBody();
    }
}
