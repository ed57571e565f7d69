package uk.mappa.ledger.api.access;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mappa.ledger.api.web.ReadYourWrites;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * The one path from a command to its response (the only user of Axon's command gateway outside the start-up
 * seeders): send it, then answer either from a read model once it shows the change (waiting for it, bounded) or
 * from the thing's own events (for something just created, the events its command recorded, which are all it has), so
 * a write's response and every read after it agree. A command about something
 * that does not exist gets the same 404 as one the caller may not see; callers check visibility (with
 * {@link ReadAccess}) before they send. An answer read back is read in one read-only transaction (its visibility
 * check and the thing's events together, not a transaction each).
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ReadYourWrites readYourWrites;
    private final TransactionTemplate readOnly;
    /** What the command this thread is sending has recorded so far (a command is handled on its sender's thread). */
    private final ThreadLocal<List<DomainEventMessage<?>>> recording = new ThreadLocal<>();

    Commands(CommandGateway gateway, ReadYourWrites readYourWrites, TransactionTemplate transactions, EventBus events) {
        this.gateway = gateway;
        this.readYourWrites = readYourWrites;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        events.registerDispatchInterceptor(this::recorded);
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

    /**
     * Sends a command that creates something, and answers from the events it recorded: they are the thing's whole
     * history once the command has committed, so the answer is what reading them back would give, without reading
     * them back, and without a transaction of its own (what {@code fromEvents} reads beyond them, such as the
     * register's version for a visibility check, is one query that needs none).
     */
    public <R> R create(Object command, Function<List<DomainEventMessage<?>>, R> fromEvents) {
        List<DomainEventMessage<?>> recorded = new ArrayList<>();
        recording.set(recorded);
        try {
            gateway.sendAndWait(command);
        } finally {
            recording.remove();
        }
        return fromEvents.apply(List.copyOf(recorded));
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
            readYourWrites.awaitWrite(model);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the " + model + " view", interrupted);
        }
        return read(answer);
    }

    /** Notes the events published while a command is being sent by {@link #create}; they pass on unchanged. */
    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> recorded(List<? extends EventMessage<?>> events) {
        List<DomainEventMessage<?>> recorded = recording.get();
        if (recorded != null) {
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domainEvent) {
                    recorded.add(asStored(domainEvent));
                }
            }
        }
        return (index, event) -> event;
    }

    /** The event as the store gives it back: its time to the millisecond, as the store keeps it. */
    private static <T> DomainEventMessage<T> asStored(DomainEventMessage<T> event) {
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getPayload(), event.getMetaData(), event.getIdentifier(),
                DateTimeUtils.parseInstant(DateTimeUtils.formatInstant(event.getTimestamp())));
    }

    private <R> R read(Supplier<R> answer) {
        return readOnly.execute(status -> answer.get());
    }
}
