package uk.mappa.ledger.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import uk.mappa.ledger.LedgerApplication;

/**
 * The whole application as on the embedded default (H2, demo users), in memory so each test run starts
 * clean, driven through MockMvc. Every test class with this annotation shares one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = LedgerApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:ledger-rest;DB_CLOSE_DELAY=-1",
        "ledger.security.demo-users=true",
        "ledger.log.key-file=target/test-ledger-log-key.pem"
})
@AutoConfigureMockMvc
public @interface EmbeddedLedgerTest {
}
