package uk.mappa.ledger.api.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.api.web.CorrelationIdFilter;
import uk.mappa.ledger.core.LedgerMetaData;
import uk.mappa.ledger.core.actor.Actor;

/**
 * Stamps every command with who sent it, for which body, and the request's correlation id (a new one
 * for commands sent outside a request); Axon's
 * correlation data providers copy these onto every event the command causes. Commands the ledger sends
 * by itself (seeding the register) are stamped with the system user.
 */
@Component
class ActorMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final ActorResolver actors;

    ActorMetaDataInterceptor(ActorResolver actors) {
        this.actors = actors;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        Map<String, Object> stamp = new HashMap<>();
        actors.current().ifPresentOrElse(actor -> stampActor(stamp, actor),
                () -> stamp.put(LedgerMetaData.USER_ID, LedgerMetaData.SYSTEM_USER));
        String correlationId = CorrelationIdFilter.current();
        stamp.put(LedgerMetaData.CORRELATION_ID, correlationId != null ? correlationId : UUID.randomUUID().toString());
        return (index, command) -> command.andMetaData(stamp);
    }

    private static void stampActor(Map<String, Object> stamp, Actor actor) {
        stamp.put(LedgerMetaData.USER_ID, actor.userId());
        stamp.put(LedgerMetaData.USER_NAME, actor.displayName());
        if (actor.body() != null) {
            stamp.put(LedgerMetaData.BODY_ID, actor.body().value());
        }
    }
}
