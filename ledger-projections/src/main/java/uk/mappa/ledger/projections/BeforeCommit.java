package uk.mappa.ledger.projections;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a read model saves up while it handles a batch of events and sends to the database once, just before the
 * batch commits: in JDBC batches, or summed (a month's count changed by a thousand shares is one statement). A batch
 * is the unit of work the events are handled in: the processor's batch, which commits with its position, or a
 * rebuild's batch, which is written before the next is fed. Outside a unit of work, the transaction is the batch.
 * These rows reach the database only at the end of the batch: a handler that needs them earlier reads them from
 * where they are kept ({@link NewRows#find}), not from the database.
 */
public final class BeforeCommit {

    private BeforeCommit() {
    }

    /**
     * The writes saved up under {@code key} in the current batch: made by {@code create} on the first call in the
     * batch, and handed to {@code write} just before it commits.
     */
    public static <T> T pending(String key, Supplier<T> create, Consumer<T> write) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
            return batch.getOrComputeResource(key, absent -> {
                T writes = create.get();
                batch.onPrepareCommit(committing -> write.accept(writes));
                return writes;
            });
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("read models are written only inside a transaction");
        }
        @SuppressWarnings("unchecked")
        T writes = (T) TransactionSynchronizationManager.getResource(key);
        if (writes == null) {
            T created = create.get();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write.accept(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            writes = created;
        }
        return writes;
    }
}
