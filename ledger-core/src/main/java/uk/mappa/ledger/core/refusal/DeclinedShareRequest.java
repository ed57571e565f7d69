package uk.mappa.ledger.core.refusal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;

/** A refusal to share, recorded by the body that refused. */
public class DeclinedShareRequest {

    static final int MAX_TEXT = 2000;

    @AggregateIdentifier
    private RefusalId id;

    protected DeclinedShareRequest() {
        // for Axon
    }

    @CommandHandler
    public DeclinedShareRequest(DeclineShareRequest command, BodyRegister bodies) {
        if (!command.actor().actsFor(command.provider(), Role.BUSINESS_MANAGER)) {
            throw RuleViolation.forbidden("not-provider-business-manager",
                    "Only a business manager of " + command.provider() + " can record its refusals.");
        }
        if (bodies.find(command.requester()).isEmpty()) {
            throw RuleViolation.unprocessable("unknown-body",
                    "The requester '" + command.requester() + "' is not in the register of bodies.");
        }
        if (command.requester().equals(command.provider())) {
            throw RuleViolation.unprocessable("requester-is-provider", "A body does not refuse requests from itself.");
        }
        requireText("request", command.request());
        requireText("reason", command.reason());
        if (command.requestedAt().isAfter(command.declinedAt().plus(Duration.ofMinutes(5)))) {
            throw RuleViolation.unprocessable("requested-after-declined", "A request is declined after it is made.");
        }
        apply(new ShareRequestDeclined(command.refusalId(), command.provider(), command.requester(),
                command.category(), command.request().strip(), command.reason().strip(), command.requestedAt(),
                command.declinedAt(), command.actor().userId()));
    }

    private static void requireText(String field, String value) {
        Require.text(field, value, MAX_TEXT);
    }

    @EventSourcingHandler
    void on(ShareRequestDeclined event) {
        id = event.refusalId();
    }
}
