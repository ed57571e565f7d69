package uk.mappa.ledger.api.access;

import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mappa.ledger.api.web.ReadYourWrites;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * The one path from a command to its response (the only user of Axon's command gateway outside the start-up
 * seeders): send it, then answer either from a read model once it shows the change (waiting for it, bounded) or
 * from the thing's own events, so a write's response and every read after it agree. A command about something
 * that does not exist gets the same 404 as one the caller may not see; callers check visibility (with
 * {@link ReadAccess}) before they send. An answer is read in one read-only transaction (its visibility check and
 * the thing's events together, not a transaction each).
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ReadYourWrites readYourWrites;
    private final TransactionTemplate readOnly;

    Commands(CommandGateway gateway, ReadYourWrites readYourWrites, TransactionTemplate transactions) {
        this.gateway = gateway;
        this.readYourWrites = readYourWrites;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /** Sends a command that creates something, and answers from {@code model} once it shows it. */
    public <R> R send(Object command, String model, Supplier<R> answer) {
        gateway.sendAndWait(command);
        return answered(model, answer);
    }

    /** Sends a command that creates something, and answers from its own events. */
    public <R> R send(Object command, Supplier<R> fromHistory) {
        gateway.sendAndWait(command);
        return read(fromHistory);
    }

    /** Sends a command about something that exists; when it does not, the answer is {@code notFound}. */
    public <R> R sendAbout(Object command, RuleViolation notFound, String model, Supplier<R> answer) {
        sendAbout(command, notFound);
        return answered(model, answer);
    }

    /**
     * The same for an answer read from the thing's own events (one that no read model lists), which shows the
     * change as soon as the command has been handled.
     */
    public <R> R sendAbout(Object command, RuleViolation notFound, Supplier<R> fromHistory) {
        sendAbout(command, notFound);
        return read(fromHistory);
    }

    /** Sends a command about something that exists, answered with no content (204). */
    public void sendAbout(Object command, RuleViolation notFound) {
        decide(command, notFound);
    }

    /**
     * Sends a command about something that exists and returns what its handler decided (an outcome that is
     * recorded either way, such as a refused onward disclosure).
     */
    public <T> T decide(Object command, RuleViolation notFound) {
        try {
            return gateway.sendAndWait(command);
        } catch (AggregateNotFoundException missing) {
            throw notFound;
        }
    }

    private <R> R answered(String model, Supplier<R> answer) {
        try {
            readYourWrites.awaitHead(model);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the " + model + " view", interrupted);
        }
        return read(answer);
    }

    private <R> R read(Supplier<R> answer) {
        return readOnly.execute(status -> answer.get());
    }
}
