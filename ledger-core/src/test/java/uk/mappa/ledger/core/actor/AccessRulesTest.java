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
        assertThat(AccessRules.mayReadShare(manager(SMB), PARTIES, List.of(MERSEYSIDE))).isTrue();
        assertThat(AccessRules.mayReadShare(manager(KNOWSLEY), PARTIES, List.of(MERSEYSIDE))).isTrue();
    }

    @Test
    void otherBodiesMayNotReadAShareEvenInTheSameArea() {
        assertThat(AccessRules.mayReadShare(manager(WIRRAL), PARTIES, List.of(MERSEYSIDE))).isFalse();
    }

    @Test
    void governanceLeadsReadSharesOfTheirAreaOnly() {
        Actor merseysideLead = new Actor("ig", null, Set.of(Role.IG_LEAD), MERSEYSIDE);
        Actor yorkshireLead = new Actor("ig", null, Set.of(Role.IG_LEAD), WEST_YORKSHIRE);
        assertThat(AccessRules.mayReadShare(merseysideLead, PARTIES, List.of(MERSEYSIDE))).isTrue();
        assertThat(AccessRules.mayReadShare(yorkshireLead, PARTIES, List.of(MERSEYSIDE))).isFalse();
    }

    @Test
    void auditorsReadEverything() {
        Actor auditor = new Actor("auditor", null, Set.of(Role.AUDITOR), null);
        assertThat(AccessRules.mayReadShare(auditor, PARTIES, List.of(MERSEYSIDE))).isTrue();
        assertThat(AccessRules.mayReadHoldingsOf(auditor, WIRRAL, MERSEYSIDE)).isTrue();
    }

    @Test
    void aBodyReadsItsOwnHoldingsOnly() {
        assertThat(AccessRules.mayReadHoldingsOf(manager(KNOWSLEY), KNOWSLEY, MERSEYSIDE)).isTrue();
        assertThat(AccessRules.mayReadHoldingsOf(manager(KNOWSLEY), WIRRAL, MERSEYSIDE)).isFalse();
    }

    @Test
    void aRoleOfAnotherAreaGrantsNothing() {
        Actor noRoles = new Actor("someone", null, Set.of(), MERSEYSIDE);
        assertThat(AccessRules.mayReadShare(noRoles, PARTIES, List.of(MERSEYSIDE))).isFalse();
        assertThat(AccessRules.mayReadHoldingsOf(noRoles, KNOWSLEY, MERSEYSIDE)).isFalse();
    }

    private static Actor manager(BodyId body) {
        return new Actor("manager." + body, body, Set.of(Role.BUSINESS_MANAGER), MERSEYSIDE);
    }
}
