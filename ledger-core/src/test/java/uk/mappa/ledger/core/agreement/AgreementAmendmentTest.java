package uk.mappa.ledger.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mappa.ledger.core.Fixtures.KNOWSLEY;
import static uk.mappa.ledger.core.Fixtures.MERSEYSIDE_IG;
import static uk.mappa.ledger.core.Fixtures.MOU;
import static uk.mappa.ledger.core.Fixtures.MOU_IN_FORCE;
import static uk.mappa.ledger.core.Fixtures.PORTSMOUTH;
import static uk.mappa.ledger.core.Fixtures.SMB;
import static uk.mappa.ledger.core.Fixtures.SMB_MANAGER;
import static uk.mappa.ledger.core.Fixtures.WIRRAL;
import static uk.mappa.ledger.core.rule.RuleViolationMatcher.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.Fixtures;
import uk.mappa.ledger.core.agreement.LegislativeChange.LegislativeChangeRecorded;
import uk.mappa.ledger.core.agreement.LegislativeChange.RecordLegislativeChange;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/** Agreements amended with a version record, and reviews "as required" (West Yorkshire memorandum, protocol). */
class AgreementAmendmentTest {

    static final LocalDate TODAY = LocalDate.parse("2026-04-01");

    FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(Fixtures.BODIES);
    }

    AmendAgreement amend(List<Category> categories, java.time.LocalDate reviewDue, boolean asRequired) {
        return new AmendAgreement(MOU, "Adds trend data; DPA 2018 replaces DPA 1998", "Chair, Merseyside SMB", TODAY,
                categories, List.of(LawfulBasis.CJA_2003_S325, LawfulBasis.UK_GDPR_DPA_2018), reviewDue, asRequired,
                null, TODAY, SMB_MANAGER);
    }

    @Test
    void anAmendmentIsANewVersionWithWhatChangedAndWhoAuthorisedIt() {
        fixture.given(MOU_IN_FORCE.toArray())
                .when(amend(List.of(Category.ANNUAL_REPORT, Category.TREND_DATA), null, true))
                .expectEvents(new AgreementAmended(MOU, 2, "Adds trend data; DPA 2018 replaces DPA 1998",
                        "Chair, Merseyside SMB", TODAY, List.of(Category.ANNUAL_REPORT, Category.TREND_DATA),
                        List.of(LawfulBasis.CJA_2003_S325, LawfulBasis.UK_GDPR_DPA_2018), null, false,
                        "manager.merseyside-smb", List.of(SMB, KNOWSLEY, WIRRAL)));
    }

    @Test
    void anAmendmentMayRequireHandlingArrangementsAndKeepsWhatItDoesNotChange() {
        fixture.given(MOU_IN_FORCE.toArray())
                .when(new AmendAgreement(MOU, "Case information only under arrangements", "Chair", TODAY, null, null,
                        null, false, true, TODAY, SMB_MANAGER))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString(
                                                "caseInformationNeedsArrangement=true")),
                                        org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString(
                                                "lawfulBases=[CJA_2003_S325, CHILDREN_ACT_2004], reviewDue=2027-01-01"))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void theTermsFollowTheAmendmentAndKeepTheVersionRecord() {
        List<AgreementEvent> history = new ArrayList<>(MOU_IN_FORCE);
        history.add(new AgreementAmended(MOU, 2, "Adds trend data", "SMB Chair", TODAY, List.of(Category.TREND_DATA),
                List.of(LawfulBasis.UK_GDPR_DPA_2018), null, true, "manager.merseyside-smb", List.of(SMB, KNOWSLEY)));
        AgreementTerms terms = null;
        for (AgreementEvent event : history) {
            terms = AgreementTerms.evolve(terms, event);
        }
        assertThat(terms.version()).isEqualTo(2);
        assertThat(terms.covers(Category.TREND_DATA)).isTrue();
        assertThat(terms.covers(Category.ANNUAL_REPORT)).isFalse();
        assertThat(terms.reviewDue()).isNull();
        assertThat(terms.caseInformationNeedsArrangement()).isTrue();
        assertThat(terms.amendments()).containsExactly(new Amendment(2, "Adds trend data", "SMB Chair", TODAY));
        assertThat(terms.inForceAt(Instant.parse("2026-05-01T00:00:00Z"))).isTrue();
    }

    @Test
    void refusesAnAmendmentWithoutChangesOrAuthorisation() {
        fixture.given(MOU_IN_FORCE.toArray())
                .when(new AmendAgreement(MOU, " ", "SMB Chair", TODAY, null, null, null, false, null, TODAY,
                        SMB_MANAGER))
                .expectNoEvents()
                .expectException(violation("missing-changes"));
        fixture.given(MOU_IN_FORCE.toArray())
                .when(new AmendAgreement(MOU, "Wording", null, TODAY, null, null, null, false, null, TODAY,
                        SMB_MANAGER))
                .expectException(violation("missing-authorisedBy"));
    }

    @Test
    void refusesAnAmendmentByAnOutsiderInTheFutureOrThatLeavesNothingCovered() {
        fixture.given(MOU_IN_FORCE.toArray())
                .when(new AmendAgreement(MOU, "Wording", "Chair", TODAY, null, null, null, false, null, TODAY,
                        Fixtures.manager(PORTSMOUTH)))
                .expectException(violation("not-agreement-governor"));
        fixture.given(MOU_IN_FORCE.toArray())
                .when(new AmendAgreement(MOU, "Wording", "Chair", TODAY.plusDays(1), null, null, null, false, null,
                        TODAY, MERSEYSIDE_IG))
                .expectException(violation("amended-in-future"));
        fixture.given(MOU_IN_FORCE.toArray())
                .when(amend(List.of(), null, false))
                .expectException(violation("no-categories"));
        fixture.given(MOU_IN_FORCE.toArray())
                .when(amend(null, TODAY, false))
                .expectException(violation("review-before-effective"));
        fixture.given(MOU_IN_FORCE.toArray())
                .when(amend(null, TODAY.plusYears(1), true))
                .expectException(violation("review-date-and-as-required"));
    }

    @Test
    void aTerminatedAgreementIsNotAmended() {
        List<Object> history = new ArrayList<>(MOU_IN_FORCE);
        history.add(new AgreementTerminated(MOU, Instant.parse("2026-01-01T00:00:00Z"), "Replaced", "ig",
                List.of(SMB, KNOWSLEY, WIRRAL)));
        fixture.given(history)
                .when(amend(null, null, false))
                .expectException(violation("agreement-terminated"));
    }

    @Test
    void anInformationGovernanceLeadRecordsALegislativeChange() {
        UUID id = UUID.randomUUID();
        AggregateTestFixture<LegislativeChange> changes = new AggregateTestFixture<>(LegislativeChange.class);
        changes.givenNoPriorActivity()
                .when(new RecordLegislativeChange(id, "Children's Wellbeing and Schools Act", TODAY, MERSEYSIDE_IG))
                .expectEvents(new LegislativeChangeRecorded(id, "Children's Wellbeing and Schools Act", TODAY,
                        "ig.merseyside"));
        changes.givenNoPriorActivity()
                .when(new RecordLegislativeChange(id, "Act", TODAY, SMB_MANAGER))
                .expectException(violation("not-ig-lead"));
    }
}
