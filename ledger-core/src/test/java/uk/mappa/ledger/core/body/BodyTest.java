package uk.mappa.ledger.core.body;

import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.RegisterCommands.CloseBody;
import uk.mappa.ledger.core.body.RegisterCommands.MergeBody;
import uk.mappa.ledger.core.body.RegisterCommands.RenameBody;

class BodyTest {

    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId SEFTON = new BodyId("sefton-lscp");
    static final BodyId PORTSMOUTH = new BodyId("portsmouth-lscp");
    static final BodyId CLOSED = new BodyId("closed-lscb");
    static final MappaArea MERSEYSIDE = new MappaArea("merseyside");
    static final MappaArea HAMPSHIRE = new MappaArea("hampshire-iow");
    static final Actor ADMIN = new Actor("admin.merseyside", null, Set.of(Role.REGISTER_ADMIN), MERSEYSIDE);
    static final Actor OTHER_ADMIN = new Actor("admin.hampshire", null, Set.of(Role.REGISTER_ADMIN), HAMPSHIRE);
    static final Actor IG_LEAD = new Actor("ig.merseyside", null, Set.of(Role.IG_LEAD), MERSEYSIDE);
    static final BodyRegistered KNOWSLEY_REGISTERED =
            new BodyRegistered(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE);

    FixtureConfiguration<Body> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Body.class);
        fixture.registerInjectableResource((BodyRegister) id -> Optional.ofNullable(Map.of(
                SEFTON, new RegisteredBody(SEFTON, "Sefton LSCP", BodyKind.LSCP, MERSEYSIDE),
                PORTSMOUTH, new RegisteredBody(PORTSMOUTH, "Portsmouth LSCP", BodyKind.LSCP, HAMPSHIRE),
                CLOSED, new RegisteredBody(CLOSED, "Closed LSCB", BodyKind.LSCB, MERSEYSIDE, BodyStatus.CLOSED, null))
                .get(id)));
    }

    @Test
    void registersANewBody() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE, ADMIN))
                .expectEvents(KNOWSLEY_REGISTERED);
    }

    @Test
    void theSeedRegistersBodiesAsTheLedgerItself() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE, Actor.system()))
                .expectEvents(KNOWSLEY_REGISTERED);
    }

    @Test
    void refusesRegistrationByAnyoneButARegisterAdministratorOfTheArea() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE, OTHER_ADMIN))
                .expectNoEvents()
                .expectException(violation("not-register-admin"));
        fixture.givenNoPriorActivity()
                .when(new RegisterBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE, IG_LEAD))
                .expectException(violation("not-register-admin"));
    }

    @Test
    void registeringTheSameBodyAgainRecordsNothing() {
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new RegisterBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToReplaceTheDetailsOfARegisteredBody() {
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new RegisterBody(KNOWSLEY, "Knowsley Safeguarding Children Partnership", BodyKind.LSCP,
                        MERSEYSIDE, ADMIN))
                .expectNoEvents()
                .expectException(violation("body-already-registered"));
    }

    @Test
    void theSeedIsOnlyTheFirstLoadAndLeavesARenamedBodyAsItIs() {
        fixture.given(KNOWSLEY_REGISTERED, renamedToPartnership())
                .when(new RegisterBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE, Actor.system()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void renamesAnLscbAsAPartnershipKeepingItsFormerName() {
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new RenameBody(KNOWSLEY, "Knowsley Safeguarding Children Partnership", BodyKind.LSCP,
                        "Children and Social Work Act 2017", ADMIN))
                .expectEvents(renamedToPartnership());
    }

    @Test
    void refusesAChangeOfKindOtherThanLscbToLscp() {
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new RenameBody(KNOWSLEY, "Knowsley Police", BodyKind.RA_AGENCY, "Typo", ADMIN))
                .expectNoEvents()
                .expectException(violation("kind-change-not-allowed"));
    }

    @Test
    void refusesARenamingThatChangesNothing() {
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new RenameBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, "No change", ADMIN))
                .expectException(violation("name-unchanged"));
    }

    @Test
    void refusesARenamingWithoutAReasonOrByAnotherArea() {
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new RenameBody(KNOWSLEY, "Knowsley LSCP", BodyKind.LSCP, " ", ADMIN))
                .expectException(violation("missing-reason"));
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new RenameBody(KNOWSLEY, "Knowsley LSCP", BodyKind.LSCP, "2018", OTHER_ADMIN))
                .expectException(violation("not-register-admin"));
    }

    @Test
    void mergesABodyIntoAnOpenBodyOfItsArea() {
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new MergeBody(KNOWSLEY, SEFTON, "Joint partnership", ADMIN))
                .expectEvents(new BodyMerged(KNOWSLEY, SEFTON, "Joint partnership", "admin.merseyside"));
    }

    @Test
    void refusesAMergerIntoItselfAClosedBodyOrAnotherArea() {
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new MergeBody(KNOWSLEY, KNOWSLEY, "Joint", ADMIN))
                .expectException(violation("merged-into-itself"));
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new MergeBody(KNOWSLEY, CLOSED, "Joint", ADMIN))
                .expectException(violation("unknown-successor"));
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new MergeBody(KNOWSLEY, new BodyId("nowhere"), "Joint", ADMIN))
                .expectException(violation("unknown-successor"));
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new MergeBody(KNOWSLEY, PORTSMOUTH, "Joint", ADMIN))
                .expectException(violation("successor-in-other-area"));
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new MergeBody(KNOWSLEY, SEFTON, "Joint", OTHER_ADMIN))
                .expectException(violation("not-register-admin"));
    }

    @Test
    void closesABodyOnceAndThenChangesItNoMore() {
        BodyClosed closed = new BodyClosed(KNOWSLEY, "Abolished", "admin.merseyside");
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new CloseBody(KNOWSLEY, "Abolished", ADMIN))
                .expectEvents(closed);
        fixture.given(KNOWSLEY_REGISTERED)
                .when(new CloseBody(KNOWSLEY, "Abolished", OTHER_ADMIN))
                .expectException(violation("not-register-admin"));
        fixture.given(KNOWSLEY_REGISTERED, closed)
                .when(new CloseBody(KNOWSLEY, "Again", ADMIN))
                .expectException(violation("body-not-open"));
        fixture.given(KNOWSLEY_REGISTERED, closed)
                .when(new RenameBody(KNOWSLEY, "Knowsley LSCP", BodyKind.LSCP, "2018", ADMIN))
                .expectException(violation("body-not-open"));
        fixture.given(KNOWSLEY_REGISTERED, closed)
                .when(new MergeBody(KNOWSLEY, SEFTON, "Joint", ADMIN))
                .expectException(violation("body-not-open"));
    }

    @Test
    void theRegisterEntryFollowsEveryChange() {
        RegisteredBody entry = RegisteredBody.evolve(null, KNOWSLEY_REGISTERED);
        entry = RegisteredBody.evolve(entry, renamedToPartnership());
        org.assertj.core.api.Assertions.assertThat(entry)
                .isEqualTo(new RegisteredBody(KNOWSLEY, "Knowsley Safeguarding Children Partnership", BodyKind.LSCP,
                        MERSEYSIDE));
        RegisteredBody merged = RegisteredBody.evolve(entry, new BodyMerged(KNOWSLEY, SEFTON, "Joint", "admin"));
        org.assertj.core.api.Assertions.assertThat(merged.isOpen()).isFalse();
        org.assertj.core.api.Assertions.assertThat(merged.successor()).isEqualTo(SEFTON);
        org.assertj.core.api.Assertions.assertThat(RegisteredBody.evolve(entry,
                new BodyClosed(KNOWSLEY, "Gone", "admin")).status()).isEqualTo(BodyStatus.CLOSED);
    }

    private static BodyRenamed renamedToPartnership() {
        return new BodyRenamed(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, "Knowsley Safeguarding Children Partnership",
                BodyKind.LSCP, "Children and Social Work Act 2017", "admin.merseyside");
    }
}
