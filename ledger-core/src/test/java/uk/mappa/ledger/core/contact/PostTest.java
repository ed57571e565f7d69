package uk.mappa.ledger.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static uk.mappa.ledger.core.Fixtures.HAMPSHIRE;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY_MANAGER;
import static uk.mappa.ledger.core.Fixtures.MERSEYSIDE;
import static uk.mappa.ledger.core.Fixtures.POLICE;
import static uk.mappa.ledger.core.Fixtures.PORTSMOUTH;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.Fixtures.WIRRAL;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.body.RegisteredBody;
import uk.mappa.ledger.core.contact.PostCommands.AppointContact;
import uk.mappa.ledger.core.contact.PostCommands.EstablishPost;
import uk.mappa.ledger.core.contact.PostCommands.VacatePost;
import uk.mappa.ledger.core.contact.PostEvent.ContactAppointed;
import uk.mappa.ledger.core.contact.PostEvent.PostEstablished;
import uk.mappa.ledger.core.contact.PostEvent.PostVacated;
import uk.mappa.ledger.core.personal.InMemoryVault;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SubjectId;

/** Posts the documents name, filled by named people whose names are sealed, and left vacant. */
class PostTest {

    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    static final BodyId CHILDRENS_SERVICES = new BodyId("knowsley-childrens-services");
    static final Actor REGISTER = new Actor("register.merseyside", null, Set.of(Role.REGISTER_ADMIN), MERSEYSIDE);
    static final Actor COORDINATOR = new Actor("coord.merseyside-smb", SMB, Set.of(Role.MAPPA_COORDINATOR), MERSEYSIDE);
    static final Actor CS_MANAGER = uk.mappa.ledger.core.Fixtures.manager(CHILDRENS_SERVICES);
    static final BodyRegister BODIES = id -> Optional.ofNullable(Map.of(
            SMB, new RegisteredBody(SMB, "Merseyside SMB", BodyKind.SMB, MERSEYSIDE),
            KNOWSLEY, new RegisteredBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE),
            WIRRAL, new RegisteredBody(WIRRAL, "Wirral LSCB", BodyKind.LSCB, MERSEYSIDE),
            PORTSMOUTH, new RegisteredBody(PORTSMOUTH, "Portsmouth LSCP", BodyKind.LSCP, HAMPSHIRE),
            POLICE, new RegisteredBody(POLICE, "Merseyside Police", BodyKind.RA_AGENCY, MERSEYSIDE),
            CHILDRENS_SERVICES, new RegisteredBody(CHILDRENS_SERVICES, "Knowsley children's services",
                    BodyKind.DTC_AGENCY, MERSEYSIDE)).get(id));

    FixtureConfiguration<Post> fixture;
    PostId id = PostId.random();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Post.class);
        fixture.registerInjectableResource(BODIES);
        fixture.registerInjectableResource(new InMemoryVault());
    }

    PostEstablished spoc() {
        return new PostEstablished(id, CHILDRENS_SERVICES, ContactRole.CHILDRENS_SERVICES_SPOC, null, "MAPPA SPOC",
                "register.merseyside");
    }

    ContactAppointed appointed() {
        return new ContactAppointed(id, CHILDRENS_SERVICES, ContactRole.CHILDRENS_SERVICES_SPOC, null,
                new SealedContact(new SubjectId(java.util.UUID.randomUUID()), new Sealed(
                        new SubjectId(java.util.UUID.randomUUID()), "x"), null), LocalDate.parse("2026-06-01"), "m");
    }

    @Test
    void theRegisterAdministratorOrTheBodyEstablishesAPostAgainWithoutChange() {
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, CHILDRENS_SERVICES, ContactRole.CHILDRENS_SERVICES_SPOC, null, " MAPPA SPOC ",
                        REGISTER))
                .expectEvents(spoc());
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, CHILDRENS_SERVICES, ContactRole.LEVEL_2_FIRST_CONTACT, null, "First contact",
                        CS_MANAGER))
                .expectSuccessfulHandlerExecution();
        fixture.given(spoc())
                .when(new EstablishPost(id, CHILDRENS_SERVICES, ContactRole.CHILDRENS_SERVICES_SPOC, null, "MAPPA SPOC",
                        Actor.system()))
                .expectNoEvents();
        fixture.given(spoc())
                .when(new EstablishPost(id, CHILDRENS_SERVICES, ContactRole.CHILDRENS_SERVICES_SPOC, null, "Other",
                        REGISTER))
                .expectNoEvents().expectException(violation("post-exists"));
        fixture.given(spoc())
                .when(new EstablishPost(id, CHILDRENS_SERVICES, ContactRole.LEVEL_2_FIRST_CONTACT, null, "MAPPA SPOC",
                        REGISTER))
                .expectNoEvents().expectException(violation("post-exists"));
        fixture.given(new PostEstablished(id, SMB, ContactRole.SFO_LEAD, KNOWSLEY, "SFO lead", "r"))
                .when(new EstablishPost(id, SMB, ContactRole.SFO_LEAD, WIRRAL, "SFO lead", REGISTER))
                .expectNoEvents().expectException(violation("post-exists"));
        fixture.given(new PostEstablished(id, SMB, ContactRole.SFO_LEAD, KNOWSLEY, "SFO lead", "r"))
                .when(new EstablishPost(id, SMB, ContactRole.SFO_LEAD, KNOWSLEY, "SFO lead", REGISTER))
                .expectNoEvents();
        fixture.given(new PostEstablished(id, SMB, ContactRole.LSCB_REPRESENTATIVE, null, "MAPPA SPOC", "r"))
                .when(new EstablishPost(id, CHILDRENS_SERVICES, ContactRole.LSCB_REPRESENTATIVE, null, "MAPPA SPOC",
                        REGISTER))
                .expectNoEvents().expectException(violation("post-exists"));
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, CHILDRENS_SERVICES, ContactRole.CHILDRENS_SERVICES_SPOC, null, "SPOC",
                        new Actor("register.hampshire", null, Set.of(Role.REGISTER_ADMIN), HAMPSHIRE)))
                .expectNoEvents().expectException(violation("not-post-administrator"));
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, CHILDRENS_SERVICES, ContactRole.CHILDRENS_SERVICES_SPOC, null, "SPOC",
                        KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-post-administrator"));
    }

    @Test
    void aPostFitsItsBodyAndAnSfoLeadNamesAChildrensBoardOfTheArea() {
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, SMB, ContactRole.SFO_LEAD, KNOWSLEY, "SFO lead for Knowsley", REGISTER))
                .expectEvents(new PostEstablished(id, SMB, ContactRole.SFO_LEAD, KNOWSLEY, "SFO lead for Knowsley",
                        "register.merseyside"));
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, SMB, ContactRole.SFO_LEAD, null, "SFO lead", REGISTER))
                .expectNoEvents().expectException(violation("for-body-required"));
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, SMB, ContactRole.SFO_LEAD, POLICE, "SFO lead", REGISTER))
                .expectNoEvents().expectException(violation("for-body-not-a-childrens-board"));
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, SMB, ContactRole.SFO_LEAD, PORTSMOUTH, "SFO lead", REGISTER))
                .expectNoEvents().expectException(violation("for-body-not-a-childrens-board"));
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, SMB, ContactRole.LSCB_REPRESENTATIVE, KNOWSLEY, "Representative", REGISTER))
                .expectNoEvents().expectException(violation("for-body-not-allowed"));
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, KNOWSLEY, ContactRole.CHILDRENS_SERVICES_SPOC, null, "SPOC", REGISTER))
                .expectNoEvents().expectException(violation("role-not-for-body"));
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, new BodyId("nowhere"), ContactRole.SFO_LEAD, null, "x", REGISTER))
                .expectNoEvents().expectException(violation("unknown-body"));
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, SMB, ContactRole.LSCB_REPRESENTATIVE, null, " ", REGISTER))
                .expectNoEvents().expectException(violation("missing-title"));
    }

    @Test
    void aClosedBodyEstablishesNoNewPost() {
        fixture = new AggregateTestFixture<>(Post.class);
        fixture.registerInjectableResource((BodyRegister) body -> Optional.of(new RegisteredBody(CHILDRENS_SERVICES,
                "Knowsley children's services", BodyKind.DTC_AGENCY, MERSEYSIDE,
                uk.mappa.ledger.core.body.BodyStatus.CLOSED, null)));
        fixture.registerInjectableResource(new InMemoryVault());
        fixture.givenNoPriorActivity()
                .when(new EstablishPost(id, CHILDRENS_SERVICES, ContactRole.CHILDRENS_SERVICES_SPOC, null, "SPOC",
                        REGISTER))
                .expectNoEvents().expectException(violation("body-not-open"));
    }

    @Test
    void theBodyNamesTheHolderWhoseNameIsSealed() {
        fixture.given(spoc())
                .when(new AppointContact(id, "Jo Example", "jo.example@knowsley.gov.uk", LocalDate.parse("2026-06-01"),
                        NOW, CS_MANAGER))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(allOf(
                        instanceOf(ContactAppointed.class),
                        not(hasToString(containsString("Jo Example"))),
                        not(hasToString(containsString("knowsley.gov.uk")))), Matchers.andNoMore())));
        fixture.given(spoc())
                .when(new AppointContact(id, "Jo Example", " ", LocalDate.parse("2026-06-15"), NOW, CS_MANAGER))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        org.hamcrest.Matchers.<Object>hasToString(containsString("contact=null")), Matchers.andNoMore())));
        fixture.given(spoc())
                .when(new AppointContact(id, "Jo Example", null, LocalDate.parse("2026-06-16"), NOW, CS_MANAGER))
                .expectNoEvents().expectException(violation("appointed-in-future"));
        fixture.given(spoc())
                .when(new AppointContact(id, " ", null, LocalDate.parse("2026-06-01"), NOW, CS_MANAGER))
                .expectNoEvents().expectException(violation("missing-name"));
        fixture.given(spoc())
                .when(new AppointContact(id, "Jo Example", null, LocalDate.parse("2026-06-01"), NOW, REGISTER))
                .expectNoEvents().expectException(violation("not-post-appointer"));
    }

    @Test
    void anSmbsCoordinatorNamesItsLeadsAndTheBoardsTheirRepresentative() {
        PostEstablished lead = new PostEstablished(id, SMB, ContactRole.SFO_LEAD, KNOWSLEY, "SFO lead", "r");
        fixture.given(lead)
                .when(new AppointContact(id, "A Lead", null, LocalDate.parse("2026-06-01"), NOW, COORDINATOR))
                .expectSuccessfulHandlerExecution();
        fixture.given(lead)
                .when(new AppointContact(id, "A Lead", null, LocalDate.parse("2026-06-01"), NOW, KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-post-appointer"));
        PostEstablished representative = new PostEstablished(id, SMB, ContactRole.LSCB_REPRESENTATIVE, null,
                "LSCB representative", "r");
        fixture.given(representative)
                .when(new AppointContact(id, "A Representative", null, LocalDate.parse("2026-06-01"), NOW,
                        KNOWSLEY_MANAGER))
                .expectSuccessfulHandlerExecution();
        fixture.given(representative)
                .when(new AppointContact(id, "A Representative", null, LocalDate.parse("2026-06-01"), NOW, SMB_MANAGER))
                .expectSuccessfulHandlerExecution();
        fixture.given(representative)
                .when(new AppointContact(id, "A Representative", null, LocalDate.parse("2026-06-01"), NOW,
                        uk.mappa.ledger.core.Fixtures.manager(PORTSMOUTH)))
                .expectNoEvents().expectException(violation("not-post-appointer"));
        fixture.given(representative)
                .when(new AppointContact(id, "A Representative", null, LocalDate.parse("2026-06-01"), NOW,
                        uk.mappa.ledger.core.Fixtures.manager(POLICE)))
                .expectNoEvents().expectException(violation("not-post-appointer"));
    }

    @Test
    void aHeldPostIsVacatedWithAReason() {
        fixture.given(spoc(), appointed())
                .when(new VacatePost(id, "Left the authority", CS_MANAGER))
                .expectEvents(new PostVacated(id, CHILDRENS_SERVICES, ContactRole.CHILDRENS_SERVICES_SPOC, null,
                        "Left the authority", "manager.knowsley-childrens-services"));
        fixture.given(spoc())
                .when(new VacatePost(id, "Left", CS_MANAGER))
                .expectNoEvents().expectException(violation("post-vacant"));
        fixture.given(spoc(), appointed(), new PostVacated(id, CHILDRENS_SERVICES, ContactRole.CHILDRENS_SERVICES_SPOC,
                        null, "Left", "m"))
                .when(new VacatePost(id, "Left", CS_MANAGER))
                .expectNoEvents().expectException(violation("post-vacant"));
        fixture.given(spoc(), appointed())
                .when(new VacatePost(id, "", CS_MANAGER))
                .expectNoEvents().expectException(violation("missing-reason"));
        fixture.given(spoc(), appointed())
                .when(new VacatePost(id, "Left", KNOWSLEY_MANAGER))
                .expectNoEvents().expectException(violation("not-post-appointer"));
    }

    @Test
    void meetingLevelsChooseTheNominee() {
        assertThat(ContactRole.forMeetingLevel(3)).isEqualTo(ContactRole.LEVEL_3_SENIOR_MANAGER);
        assertThat(ContactRole.forMeetingLevel(2)).isEqualTo(ContactRole.LEVEL_2_FIRST_CONTACT);
        assertThat(PostId.named("a")).isEqualTo(PostId.named("a")).isNotEqualTo(PostId.named("b"));
    }
}
