package uk.mappa.ledger.api.csods;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mappa.ledger.core.csods.CsodsCase;
import uk.mappa.ledger.core.personal.SubjectErasure;

@Configuration(proxyBeanMethods = false)
class CsodsConfiguration {

    @Bean
    ConfigurerModule caseProcessAggregates() {
        return configurer -> configurer
                .configureAggregate(CsodsCase.class)
                .configureAggregate(SubjectErasure.class);
    }
}
