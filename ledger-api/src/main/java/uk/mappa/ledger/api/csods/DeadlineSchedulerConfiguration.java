package uk.mappa.ledger.api.csods;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler under Axon's deadline manager, so a deadline survives restarts: one due while the ledger
 * was down fires after it starts. Scheduling joins the command's transaction, so a deadline exists
 * exactly when the events that set it do.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineSchedulerConfiguration {

    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .pollingInterval(Duration.ofSeconds(1))
                .threads(2)
                .build();
    }

    /** Started once the application is ready, so deadlines fire into a fully configured ledger. */
    @EventListener(ApplicationReadyEvent.class)
    void startScheduler(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
