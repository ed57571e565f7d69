package uk.mappa.ledger.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.MappaArea;

class AccessRulesTest {

    static final MappaArea MERSEYSIDE = new MappaArea("merseyside");
    static final MappaArea WEST_YORKSHIRE = new MappaArea("west-yorkshire");
    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId WIRRAL = new BodyId("wirral-lscb");
    static final List<BodyId> PARTIES = List.of(SMB, KNOWSLEY);

    @Test
    void partiesToAShareMayReadIt() {
        assertThat(AccessRules.mayReadConcerning(manager(SMB), PARTIES, List.of(MERSEYSIDE))).isTrue();
        assertThat(AccessRules.mayReadConcerning(manager(KNOWSLEY), PARTIES, List.of(MERSEYSIDE))).isTrue();
    }

    @Test
    void otherBodiesMayNotReadAShareEvenInTheSameArea() {
        assertThat(AccessRules.mayReadConcerning(manager(WIRRAL), PARTIES, List.of(MERSEYSIDE))).isFalse();
    }

    @Test
    void governanceLeadsReadSharesOfTheirAreaOnly() {
        Actor merseysideLead = new Actor("ig", null, Set.of(Role.IG_LEAD), MERSEYSIDE);
        Actor yorkshireLead = new Actor("ig", null, Set.of(Role.IG_LEAD), WEST_YORKSHIRE);
        assertThat(AccessRules.mayReadConcerning(merseysideLead, PARTIES, List.of(MERSEYSIDE))).isTrue();
        assertThat(AccessRules.mayReadConcerning(yorkshireLead, PARTIES, List.of(MERSEYSIDE))).isFalse();
    }

    @Test
    void auditorsReadEverything() {
        Actor auditor = new Actor("auditor", null, Set.of(Role.AUDITOR), null);
        assertThat(AccessRules.mayReadConcerning(auditor, PARTIES, List.of(MERSEYSIDE))).isTrue();
        assertThat(AccessRules.mayReadHoldingsOf(auditor, WIRRAL, MERSEYSIDE)).isTrue();
    }

    @Test
    void aBodyReadsItsOwnHoldingsOnly() {
        assertThat(AccessRules.mayReadHoldingsOf(manager(KNOWSLEY), KNOWSLEY, MERSEYSIDE)).isTrue();
        assertThat(AccessRules.mayReadHoldingsOf(manager(KNOWSLEY), WIRRAL, MERSEYSIDE)).isFalse();
    }

    @Test
    void holdingsAreOfferedToThoseWhoMayReadSomeBodysHoldings() {
        assertThat(AccessRules.mayReadAnyHoldings(manager(KNOWSLEY))).isTrue();
        assertThat(AccessRules.mayReadAnyHoldings(new Actor("ig", null, Set.of(Role.IG_LEAD), MERSEYSIDE))).isTrue();
        assertThat(AccessRules.mayReadAnyHoldings(new Actor("auditor", null, Set.of(Role.AUDITOR), null))).isTrue();
        assertThat(AccessRules.mayReadAnyHoldings(new Actor("ig", null, Set.of(Role.IG_LEAD), null))).isFalse();
        assertThat(AccessRules.mayReadAnyHoldings(new Actor("register", null, Set.of(Role.REGISTER_ADMIN),
                MERSEYSIDE))).isFalse();
    }

    @Test
    void csodsCasesAreOfferedToForceOfficersAreaLeadsAndAuditors() {
        BodyId force = new BodyId("merseyside-police");
        assertThat(AccessRules.mayReadAnyCsodsCases(new Actor("jo", force, Set.of(Role.CSODS_OFFICER), MERSEYSIDE)))
                .isTrue();
        assertThat(AccessRules.mayReadAnyCsodsCases(new Actor("ig", null, Set.of(Role.IG_LEAD), MERSEYSIDE))).isTrue();
        assertThat(AccessRules.mayReadAnyCsodsCases(new Actor("auditor", null, Set.of(Role.AUDITOR), null))).isTrue();
        assertThat(AccessRules.mayReadAnyCsodsCases(new Actor("pat", force, Set.of(Role.BUSINESS_MANAGER), MERSEYSIDE)))
                .isFalse();
        assertThat(AccessRules.mayReadAnyCsodsCases(new Actor("jo", null, Set.of(Role.CSODS_OFFICER), MERSEYSIDE)))
                .isFalse();
    }

    @Test
    void onlyAuditorsAuditTheLedgerItself() {
        assertThat(AccessRules.mayAuditTheLedger(new Actor("auditor", null, Set.of(Role.AUDITOR), null))).isTrue();
        assertThat(AccessRules.mayAuditTheLedger(new Actor("ig", null, Set.of(Role.IG_LEAD), MERSEYSIDE))).isFalse();
        assertThat(AccessRules.mayAuditTheLedger(manager(KNOWSLEY))).isFalse();
    }

    @Test
    void anAreaIsOverseenByItsIgLeadAndAuditors() {
        assertThat(AccessRules.mayOverseeArea(new Actor("ig", null, Set.of(Role.IG_LEAD), MERSEYSIDE))).isTrue();
        assertThat(AccessRules.mayOverseeArea(new Actor("auditor", null, Set.of(Role.AUDITOR), null))).isTrue();
        assertThat(AccessRules.mayOverseeArea(new Actor("ig", null, Set.of(Role.IG_LEAD), null))).isFalse();
        assertThat(AccessRules.mayOverseeArea(manager(KNOWSLEY))).isFalse();
        assertThat(AccessRules.mayOverseeArea(new Actor("chair", KNOWSLEY, Set.of(Role.CHAIR), MERSEYSIDE))).isFalse();
    }

    @Test
    void theAuditTrailIsForAuditorsAreaLeadsAndPeopleOfABody() {
        assertThat(AccessRules.mayReadAuditTrail(manager(KNOWSLEY))).isTrue();
        assertThat(AccessRules.mayReadAuditTrail(new Actor("ig", null, Set.of(Role.IG_LEAD), MERSEYSIDE))).isTrue();
        assertThat(AccessRules.mayReadAuditTrail(new Actor("auditor", null, Set.of(Role.AUDITOR), null))).isTrue();
        assertThat(AccessRules.mayReadAuditTrail(new Actor("ig", null, Set.of(Role.IG_LEAD), null))).isFalse();
        assertThat(AccessRules.mayReadAuditTrail(new Actor("register", null, Set.of(Role.REGISTER_ADMIN),
                MERSEYSIDE))).isFalse();
        assertThat(AccessRules.mayReadAuditTrail(new Actor("someone", KNOWSLEY, Set.of(), MERSEYSIDE))).isFalse();
    }

    @Test
    void sharesAreRecordedByBusinessManagersAndCoordinatorsOfABody() {
        assertThat(AccessRules.mayRecordShares(manager(KNOWSLEY))).isTrue();
        assertThat(AccessRules.mayRecordShares(new Actor("co", new BodyId("merseyside-smb"),
                Set.of(Role.MAPPA_COORDINATOR), MERSEYSIDE))).isTrue();
        assertThat(AccessRules.mayRecordShares(new Actor("chair", KNOWSLEY, Set.of(Role.CHAIR), MERSEYSIDE)))
                .isFalse();
        assertThat(AccessRules.mayRecordShares(new Actor("bm", null, Set.of(Role.BUSINESS_MANAGER), MERSEYSIDE)))
                .isFalse();
        assertThat(AccessRules.mayRecordShares(new Actor("auditor", null, Set.of(Role.AUDITOR), null))).isFalse();
    }

    @Test
    void aRoleOfAnotherAreaGrantsNothing() {
        Actor noRoles = new Actor("someone", null, Set.of(), MERSEYSIDE);
        assertThat(AccessRules.mayReadConcerning(noRoles, PARTIES, List.of(MERSEYSIDE))).isFalse();
        assertThat(AccessRules.mayReadHoldingsOf(noRoles, KNOWSLEY, MERSEYSIDE)).isFalse();
    }

    @Test
    void aCsodsCaseIsForTheForcesCsodsOfficersItsAreaLeadAndAuditorsOnly() {
        BodyId force = new BodyId("merseyside-police");
        Actor officer = new Actor("jo", force, Set.of(Role.CSODS_OFFICER), MERSEYSIDE);
        Actor forceManager = new Actor("pat", force, Set.of(Role.BUSINESS_MANAGER), MERSEYSIDE);
        Actor otherForceOfficer = new Actor("lee", new BodyId("west-yorkshire-police"), Set.of(Role.CSODS_OFFICER),
                WEST_YORKSHIRE);
        Actor merseysideLead = new Actor("ig", null, Set.of(Role.IG_LEAD), MERSEYSIDE);
        Actor yorkshireLead = new Actor("ig", null, Set.of(Role.IG_LEAD), WEST_YORKSHIRE);
        Actor auditor = new Actor("auditor", null, Set.of(Role.AUDITOR), null);
        Actor bodyClaimOnly = new Actor("someone", force, Set.of(), MERSEYSIDE);

        assertThat(AccessRules.mayReadCsodsCase(officer, force, MERSEYSIDE)).isTrue();
        assertThat(AccessRules.mayReadCsodsCase(officer, force, null)).isTrue();
        assertThat(AccessRules.mayReadCsodsCase(merseysideLead, force, MERSEYSIDE)).isTrue();
        assertThat(AccessRules.mayReadCsodsCase(merseysideLead, force, null)).isFalse();
        assertThat(AccessRules.mayReadCsodsCase(auditor, force, MERSEYSIDE)).isTrue();
        assertThat(AccessRules.mayReadCsodsCase(forceManager, force, MERSEYSIDE)).isFalse();
        assertThat(AccessRules.mayReadCsodsCase(otherForceOfficer, force, MERSEYSIDE)).isFalse();
        assertThat(AccessRules.mayReadCsodsCase(yorkshireLead, force, MERSEYSIDE)).isFalse();
        assertThat(AccessRules.mayReadCsodsCase(bodyClaimOnly, force, MERSEYSIDE)).isFalse();
    }

    @Test
    void aSecretTitleIsForTheProviderAreaLeadsAndAuditorsButNotRecipients() {
        Actor merseysideLead = new Actor("ig", null, Set.of(Role.IG_LEAD), MERSEYSIDE);
        Actor auditor = new Actor("auditor", null, Set.of(Role.AUDITOR), null);
        assertThat(AccessRules.maySeeTitle(manager(KNOWSLEY), false, SMB, List.of(MERSEYSIDE))).isTrue();
        assertThat(AccessRules.maySeeTitle(manager(KNOWSLEY), true, SMB, List.of(MERSEYSIDE))).isFalse();
        assertThat(AccessRules.maySeeTitle(manager(SMB), true, SMB, List.of(MERSEYSIDE))).isTrue();
        assertThat(AccessRules.maySeeTitle(merseysideLead, true, SMB, List.of(MERSEYSIDE))).isTrue();
        assertThat(AccessRules.maySeeTitle(merseysideLead, true, SMB, List.of(WEST_YORKSHIRE))).isFalse();
        assertThat(AccessRules.maySeeTitle(auditor, true, SMB, List.of(MERSEYSIDE))).isTrue();
    }

    /**
     * The areas of the parties bear only on an area's IG lead, so for anyone else the register is not looked up: for
     * them every rule that takes the areas decides the same with none.
     */
    @Test
    void areasBearOnlyOnTheIgLeadOfAnArea() {
        Actor merseysideLead = new Actor("ig", null, Set.of(Role.IG_LEAD), MERSEYSIDE);
        assertThat(AccessRules.areasBearOn(merseysideLead)).isTrue();
        assertThat(AccessRules.mayReadConcerning(merseysideLead, PARTIES, List.of(MERSEYSIDE)))
                .isNotEqualTo(AccessRules.mayReadConcerning(merseysideLead, PARTIES, List.of()));

        BodyId force = new BodyId("merseyside-police");
        List<Actor> others = List.of(manager(SMB), manager(KNOWSLEY), manager(WIRRAL),
                new Actor("auditor", null, Set.of(Role.AUDITOR), null),
                new Actor("ig", null, Set.of(Role.IG_LEAD), null),
                new Actor("jo", force, Set.of(Role.CSODS_OFFICER), MERSEYSIDE),
                new Actor("co", SMB, Set.of(Role.MAPPA_COORDINATOR), MERSEYSIDE),
                new Actor("none", KNOWSLEY, Set.of(), MERSEYSIDE));
        for (Actor actor : others) {
            assertThat(AccessRules.areasBearOn(actor)).as(actor.userId()).isFalse();
            for (boolean restricted : new boolean[] {false, true}) {
                assertThat(AccessRules.maySeeTitle(actor, restricted, SMB, List.of()))
                        .isEqualTo(AccessRules.maySeeTitle(actor, restricted, SMB, List.of(MERSEYSIDE)));
            }
            assertThat(AccessRules.mayReadConcerning(actor, PARTIES, List.of()))
                    .isEqualTo(AccessRules.mayReadConcerning(actor, PARTIES, List.of(MERSEYSIDE)));
            assertThat(AccessRules.mayReadCsodsCase(actor, force, null))
                    .isEqualTo(AccessRules.mayReadCsodsCase(actor, force, MERSEYSIDE));
        }
    }

    private static Actor manager(BodyId body) {
        return new Actor("manager." + body, body, Set.of(Role.BUSINESS_MANAGER), MERSEYSIDE);
    }

    @Test
    void contactsAreReadAcrossTheirAreaByAnyoneWithARoleThere() {
        assertThat(AccessRules.mayReadContactsOf(manager(WIRRAL), MERSEYSIDE, null)).isTrue();
        assertThat(AccessRules.mayReadContactsOf(manager(WIRRAL), WEST_YORKSHIRE, null)).isFalse();
        Actor noClaim = new Actor("bm", WIRRAL, Set.of(Role.BUSINESS_MANAGER), null);
        assertThat(AccessRules.mayReadContactsOf(noClaim, MERSEYSIDE, MERSEYSIDE)).isTrue();
        assertThat(AccessRules.mayReadContactsOf(noClaim, MERSEYSIDE, null)).isFalse();
        assertThat(AccessRules.mayReadContactsOf(new Actor("x", WIRRAL, Set.of(), MERSEYSIDE), MERSEYSIDE, MERSEYSIDE))
                .isFalse();
        assertThat(AccessRules.mayReadContactsOf(new Actor("a", null, Set.of(Role.AUDITOR), null), WEST_YORKSHIRE,
                null)).isTrue();
    }
}
