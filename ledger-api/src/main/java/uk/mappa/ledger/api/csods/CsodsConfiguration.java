package uk.mappa.ledger.api.csods;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mappa.ledger.core.csods.CsodsCase;
import uk.mappa.ledger.core.personal.SubjectErasure;

@Configuration(proxyBeanMethods = false)
class CsodsConfiguration {

    /**
     * The CSODS view is changed by its cases' events and by erasures, which belong to other aggregates;
     * handling them strictly in order keeps an erasure and a stage of the same case from overwriting each other.
     */
    @Bean
    ConfigurerModule csodsProjectionInOrder() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy("csods", configuration -> new SequentialPolicy());
    }

    @Bean
    ConfigurerModule caseProcessAggregates() {
        return configurer -> configurer
                .configureAggregate(CsodsCase.class)
                .configureAggregate(SubjectErasure.class);
    }
}
