package uk.mappa.ledger.core.body;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.mappa.ledger.core.actor.AccessRules;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.body.RegisterCommands.CloseBody;
import uk.mappa.ledger.core.body.RegisterCommands.MergeBody;
import uk.mappa.ledger.core.body.RegisterCommands.RenameBody;
import uk.mappa.ledger.core.rule.Require;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * A body in the register. Kept in the ledger itself so that the register has the same audit trail as shares:
 * registered from the seed file on first start, then kept by the register administrators of its MAPPA area.
 */
public class Body {

    static final int MAX_NAME = 200;

    @AggregateIdentifier
    private BodyId id;
    private RegisteredBody registered;

    protected Body() {
        // for Axon
    }

    /**
     * Registration is idempotent so the seed file can be applied on every start; the seed is only the first
     * load, so a body the administrators have changed since is left as they left it.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterBody command) {
        requireRegisterAdministrator(command.actor(), command.area());
        Require.text("name", command.name(), MAX_NAME);
        RegisteredBody requested = new RegisteredBody(command.bodyId(), command.name(), command.kind(), command.area());
        if (registered == null) {
            apply(new BodyRegistered(command.bodyId(), command.name(), command.kind(), command.area()));
            return;
        }
        if (!command.actor().isSystem()) {
            requireSameDetails(requested);
        }
    }

    @CommandHandler
    void handle(RenameBody command) {
        requireRegisterAdministrator(command.actor(), registered.area());
        requireOpen("renamed");
        String name = Require.text("name", command.name(), MAX_NAME);
        String reason = Require.text("reason", command.reason());
        requireKindMayBecome(command.kind());
        if (name.equals(registered.name()) && command.kind() == registered.kind()) {
            throw RuleViolation.unprocessable("name-unchanged", id + " is already named " + name + ".");
        }
        apply(new BodyRenamed(id, registered.name(), registered.kind(), name, command.kind(), reason,
                command.actor().userId()));
    }

    @CommandHandler
    void handle(MergeBody command, BodyRegister bodies) {
        requireRegisterAdministrator(command.actor(), registered.area());
        requireOpen("merged");
        String reason = Require.text("reason", command.reason());
        if (command.into().equals(id)) {
            throw RuleViolation.unprocessable("merged-into-itself", "A body cannot be merged into itself.");
        }
        RegisteredBody successor = bodies.find(command.into()).filter(RegisteredBody::isOpen).orElseThrow(() ->
                RuleViolation.unprocessable("unknown-successor", command.into()
                        + " is not an open body of the register to merge into."));
        if (!successor.area().equals(registered.area())) {
            throw RuleViolation.unprocessable("successor-in-other-area", "A body is merged into another of its own"
                    + " MAPPA area (" + registered.area() + "); " + command.into() + " is in " + successor.area() + ".");
        }
        apply(new BodyMerged(id, command.into(), reason, command.actor().userId()));
    }

    @CommandHandler
    void handle(CloseBody command) {
        requireRegisterAdministrator(command.actor(), registered.area());
        requireOpen("closed");
        apply(new BodyClosed(id, Require.text("reason", command.reason()), command.actor().userId()));
    }

    private static void requireRegisterAdministrator(Actor actor, MappaArea area) {
        if (!AccessRules.mayAdministerRegisterOf(actor, area)) {
            throw RuleViolation.forbidden("not-register-admin", "Only a register administrator of the "
                    + area + " MAPPA area changes its bodies.");
        }
    }

    private void requireOpen(String action) {
        if (!registered.isOpen()) {
            throw RuleViolation.unprocessable("body-not-open", id + " is " + registered.status().name().toLowerCase()
                    + " and cannot be " + action + ".");
        }
    }

    /** A body keeps its kind, except that an LSCB became an LSCP when the boards became partnerships in 2018. */
    private void requireKindMayBecome(BodyKind kind) {
        if (kind != registered.kind() && !(registered.kind() == BodyKind.LSCB && kind == BodyKind.LSCP)) {
            throw RuleViolation.unprocessable("kind-change-not-allowed", "A " + registered.kind()
                    + " cannot become a " + kind + "; only an LSCB becomes an LSCP. Register the new body instead.");
        }
    }

    private void requireSameDetails(RegisteredBody requested) {
        if (!registered.id().equals(requested.id()) || !registered.name().equals(requested.name())
                || registered.kind() != requested.kind() || !registered.area().equals(requested.area())) {
            throw RuleViolation.conflict("body-already-registered",
                    "Body '" + id + "' is already registered as " + registered.name() + " (" + registered.kind()
                            + ", " + registered.area() + "); change a registered body by renaming, merging or"
                            + " closing it.");
        }
    }

    @EventSourcingHandler
    void on(BodyEvent event) {
        id = event.bodyId();
        registered = RegisteredBody.evolve(registered, event);
    }
}
