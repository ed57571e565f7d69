package uk.mappa.ledger.api.casework;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mappa.ledger.api.access.Queries;
import uk.mappa.ledger.core.meeting.AttendanceHistory;
import uk.mappa.ledger.core.meeting.MeetingNotice;
import uk.mappa.ledger.core.sfo.SfoNotification;
import uk.mappa.ledger.projections.meeting.MeetingQueries.CountUnexplainedAbsences;

@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

    @Bean
    ConfigurerModule caseworkAggregates() {
        return configurer -> configurer
                .configureAggregate(SfoNotification.class)
                .configureAggregate(MeetingNotice.class);
    }

    /** An agency's earlier unexplained absences, from the meeting notices' read model. */
    @Bean
    AttendanceHistory attendanceHistory(Queries queries) {
        return agency -> queries.ask(new CountUnexplainedAbsences(agency));
    }
}
