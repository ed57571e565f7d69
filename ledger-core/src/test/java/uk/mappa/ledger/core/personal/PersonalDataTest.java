package uk.mappa.ledger.core.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.util.Base64;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.body.BodyId;

class PersonalDataTest {

    static final BodyId FORCE = Fixtures.SMB;

    @Test
    void sealedValuesOpenWithTheirSubjectsKeyOnlyAndCarryNoClearText() {
        InMemoryVault vault = new InMemoryVault();
        SubjectId subject = vault.newSubject(FORCE);
        Sealed sealed = vault.seal(subject, "Jane Example");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()))).doesNotContain("Jane");
        assertThat(vault.open(sealed)).hasValue("Jane Example");
        assertThat(vault.seal(subject, "Jane Example").ciphertext()).isNotEqualTo(sealed.ciphertext());

        SubjectId other = vault.newSubject(FORCE);
        assertThatIllegalStateException().isThrownBy(() -> vault.open(new Sealed(other, sealed.ciphertext())));
    }

    @Test
    void anErasedSubjectsDataCannotBeRead() {
        InMemoryVault vault = new InMemoryVault();
        SubjectId subject = vault.newSubject(FORCE);
        Sealed sealed = vault.seal(subject, "Jane Example");
        assertThat(vault.destroy(subject)).isTrue();
        assertThat(vault.open(sealed)).isEmpty();
    }

    @Test
    void theGovernanceLeadOfTheOwnersAreaErasesWithAReason() {
        InMemoryVault vault = new InMemoryVault();
        SubjectId subject = vault.newSubject(FORCE);
        FixtureConfiguration<SubjectErasure> fixture = new AggregateTestFixture<>(SubjectErasure.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.givenNoPriorActivity()
                .when(EraseSubject.of(subject, "No longer required for the case", Fixtures.MERSEYSIDE_IG))
                .expectEvents(new SubjectErased(subject, FORCE, "No longer required for the case", "ig.merseyside"));
        assertThat(vault.owner(subject)).isEmpty();
    }

    @Test
    void othersCannotEraseAndThoseWhoMayNotSeeTheCaseAreToldTheSubjectDoesNotExist() {
        InMemoryVault vault = new InMemoryVault();
        SubjectId subject = vault.newSubject(FORCE);
        FixtureConfiguration<SubjectErasure> fixture = new AggregateTestFixture<>(SubjectErasure.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(Fixtures.BODIES);
        Actor hampshireLead = new Actor("ig.hampshire", null, Set.of(Role.IG_LEAD), Fixtures.HAMPSHIRE);
        fixture.givenNoPriorActivity().when(EraseSubject.of(subject, "why", hampshireLead))
                .expectNoEvents().expectException(violation("subject-not-found"));
        fixture.givenNoPriorActivity().when(EraseSubject.of(subject, "why", Fixtures.SMB_MANAGER))
                .expectNoEvents().expectException(violation("subject-not-found"));
        Actor forceOfficer = new Actor("csods.merseyside-police", FORCE, Set.of(Role.CSODS_OFFICER), null);
        fixture.givenNoPriorActivity().when(EraseSubject.of(subject, "why", forceOfficer))
                .expectNoEvents().expectException(violation("not-governance-lead"));
        fixture.givenNoPriorActivity().when(EraseSubject.of(new SubjectId(java.util.UUID.randomUUID()), "why",
                        Fixtures.MERSEYSIDE_IG))
                .expectNoEvents().expectException(violation("subject-not-found"));
        assertThat(vault.owner(subject)).isPresent();
    }

    @Test
    void anErasureNeedsAReason() {
        InMemoryVault vault = new InMemoryVault();
        SubjectId subject = vault.newSubject(FORCE);
        FixtureConfiguration<SubjectErasure> fixture = new AggregateTestFixture<>(SubjectErasure.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(Fixtures.BODIES);
        fixture.givenNoPriorActivity().when(EraseSubject.of(subject, " ", Fixtures.MERSEYSIDE_IG))
                .expectNoEvents().expectException(violation("missing-reason"));
        assertThat(vault.owner(subject)).isPresent();
    }
}
