package uk.mappa.ledger.api.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Tells whether a request failed because the database cannot be reached, however deep Axon, JPA or Spring
 * wrapped the cause: such a request is answered 503 with Retry-After rather than 500, and nothing was
 * recorded. A failure that names a lost connection says so itself; any other database failure is checked
 * by asking the pool for a working connection (within its connection timeout).
 */
@Component
class DatabaseUnavailable {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final int VALIDATION_SECONDS = 1;

    private final DataSource dataSource;

    DatabaseUnavailable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean explains(Throwable failure) {
        boolean fromDatabase = false;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08"))) {
                return true;
            }
            fromDatabase |= cause instanceof SQLException || cause instanceof DataAccessException
                    || cause instanceof TransactionException || cause instanceof jakarta.persistence.PersistenceException
                    || cause instanceof org.hibernate.HibernateException;
        }
        return fromDatabase && !reachable();
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
