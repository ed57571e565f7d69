package uk.mappa.ledger.core.refusal;

import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.share.Category;

class DeclinedShareRequestTest {

    static final Instant ASKED = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    FixtureConfiguration<DeclinedShareRequest> fixture;
    RefusalId id = RefusalId.random();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DeclinedShareRequest.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
    }

    @Test
    void theProviderRecordsARefusalWithItsReason() {
        fixture.givenNoPriorActivity()
                .when(new DeclineShareRequest(id, SMB, KNOWSLEY, Category.MINUTES, "Minutes of a level 3 meeting",
                        "Disclosure goes through the chair's executive summary", ASKED, NOW, SMB_MANAGER))
                .expectEvents(new ShareRequestDeclined(id, SMB, KNOWSLEY, Category.MINUTES,
                        "Minutes of a level 3 meeting", "Disclosure goes through the chair's executive summary", ASKED,
                        NOW, "manager.merseyside-smb"));
    }

    @Test
    void onlyTheProviderRecordsItsRefusals() {
        fixture.givenNoPriorActivity()
                .when(new DeclineShareRequest(id, SMB, KNOWSLEY, Category.MINUTES, "x", "y", ASKED, NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-provider-business-manager"));
    }

    @Test
    void aRefusalNeedsAReason() {
        fixture.givenNoPriorActivity()
                .when(new DeclineShareRequest(id, SMB, KNOWSLEY, Category.MINUTES, "x", " ", ASKED, NOW, SMB_MANAGER))
                .expectNoEvents().expectException(violation("missing-reason"));
    }
}
