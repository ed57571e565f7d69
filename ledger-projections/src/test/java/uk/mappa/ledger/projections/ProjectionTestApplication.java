package uk.mappa.ledger.projections;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Lets JPA slice tests find the projections' entities and repositories. */
@SpringBootApplication
public class ProjectionTestApplication {
}
