package uk.mappa.ledger.api.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import uk.mappa.ledger.core.rule.RuleViolation;

/**
 * Times every command by type and outcome ({@code ledger.commands}: success, refused by a rule, or failed)
 * from its handling to its commit or rollback. One timer update a command: Axon's own message monitors
 * time every event of every processor too, which cost a third of the write throughput here.
 */
@Component
class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry, CommandBus commands) {
        this.registry = registry;
        commands.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        long started = System.nanoTime();
        String type = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.afterCommit(done -> record(type, "success", started));
        unitOfWork.onRollback(failed -> record(type, failed.getExecutionResult() != null
                && failed.getExecutionResult().getExceptionResult() instanceof RuleViolation ? "refused" : "failure",
                started));
        return chain.proceed();
    }

    private void record(String type, String outcome, long started) {
        Timer.builder("ledger.commands").description("Commands handled, by type and outcome")
                .tag("type", type).tag("outcome", outcome).register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
}
