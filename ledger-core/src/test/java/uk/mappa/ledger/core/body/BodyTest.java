package uk.mappa.ledger.core.body;

import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BodyTest {

    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final MappaArea MERSEYSIDE = new MappaArea("merseyside");

    FixtureConfiguration<Body> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Body.class);
    }

    @Test
    void registersANewBody() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE))
                .expectEvents(new BodyRegistered(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE));
    }

    @Test
    void registeringTheSameBodyAgainRecordsNothing() {
        fixture.given(new BodyRegistered(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE))
                .when(new RegisterBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToReplaceTheDetailsOfARegisteredBody() {
        fixture.given(new BodyRegistered(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE))
                .when(new RegisterBody(KNOWSLEY, "Knowsley Safeguarding Children Partnership", BodyKind.LSCP, MERSEYSIDE))
                .expectNoEvents()
                .expectException(violation("body-already-registered"));
    }
}
