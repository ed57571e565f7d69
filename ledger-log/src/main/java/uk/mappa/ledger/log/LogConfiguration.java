package uk.mappa.ledger.log;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.mappa.ledger.verify.LogSigningKey;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LogConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(LogConfiguration.class);

    /** The tree-head signing key, from the configured file; the first start of a ledger creates it there. */
    @Bean
    LogSigningKey logSigningKey(LogProperties properties) {
        boolean existed = java.nio.file.Files.exists(properties.keyFile());
        LogSigningKey key = LogSigningKey.loadOrCreate(properties.keyFile());
        if (!existed) {
            LOG.warn("Created a new tree-head signing key at {}. Keep it safe and keep its public key"
                    + " (GET /api/ledger/public-key) with your auditors.", properties.keyFile().toAbsolutePath());
        }
        return key;
    }
}
