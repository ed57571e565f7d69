package uk.mappa.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.csods.CaseId;
import uk.mappa.ledger.core.personal.SubjectErasure;
import uk.mappa.ledger.core.personal.SubjectId;
import uk.mappa.ledger.core.refusal.RefusalId;
import uk.mappa.ledger.core.rule.RuleViolation;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.Classification;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.LegacyMarking;
import uk.mappa.ledger.core.share.Marking;
import uk.mappa.ledger.core.share.OnwardDisclosureOutcome;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareId;

/** The small values every rule is written in: typed ids, markings, outcomes, actors. */
class ValuesTest {

    static final String UUID_TEXT = "2ee839e5-f264-3dff-8317-2feef26d64d6";

    @Test
    void typedIdsReadAndWriteTheirUuid() {
        assertThat(AgreementId.parse(UUID_TEXT).toString()).isEqualTo(UUID_TEXT);
        assertThat(ShareId.parse(UUID_TEXT).toString()).isEqualTo(UUID_TEXT);
        assertThat(CaseId.parse(UUID_TEXT).toString()).isEqualTo(UUID_TEXT);
        assertThat(SubjectId.parse(UUID_TEXT).toString()).isEqualTo(UUID_TEXT);
        assertThat(new RefusalId(UUID.fromString(UUID_TEXT)).toString()).isEqualTo(UUID_TEXT);
        assertThatIllegalArgumentException().isThrownBy(() -> ShareId.parse("not-a-uuid"));
        assertThat(SubjectErasure.aggregateId(SubjectId.parse(UUID_TEXT))).endsWith(UUID_TEXT).isNotEqualTo(UUID_TEXT);
    }

    @Test
    void namedAgreementIdsAreStableAndDistinct() {
        assertThat(AgreementId.named("Merseyside MoU")).isEqualTo(AgreementId.named("Merseyside MoU"))
                .isNotEqualTo(AgreementId.named("HIPS protocol"));
        assertThat(AgreementId.named("Merseyside MoU").toString()).isEqualTo(UUID.nameUUIDFromBytes(
                "agreement:Merseyside MoU".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    @Test
    void bodyIdsAreLowerCaseWordsJoinedByHyphensOfAtMost64Characters() {
        assertThat(BodyId.isWellFormed("knowsley-lscb")).isTrue();
        assertThat(BodyId.isWellFormed("a".repeat(64))).isTrue();
        assertThat(BodyId.isWellFormed("a".repeat(65))).isFalse();
        assertThat(BodyId.isWellFormed(null)).isFalse();
        assertThat(BodyId.isWellFormed("Knowsley LSCB")).isFalse();
        assertThat(new BodyId("a".repeat(64)).value()).hasSize(64);
        assertThatIllegalArgumentException().isThrownBy(() -> new BodyId("a".repeat(65)));
        assertThatIllegalArgumentException().isThrownBy(() -> new BodyId("-knowsley"));
        assertThat(new BodyId("knowsley-lscb").toString()).isEqualTo("knowsley-lscb");
    }

    @Test
    void areasAreNamedLikeBodies() {
        assertThat(new MappaArea("hampshire-iow").toString()).isEqualTo("hampshire-iow");
        assertThatIllegalArgumentException().isThrownBy(() -> new MappaArea("Hampshire & IoW"));
        assertThatThrownBy(() -> new MappaArea(null)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aContentDigestIsSixtyFourHexDigits() {
        String digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        assertThat(new ContentDigest(digest).toString()).isEqualTo(digest);
        assertThat(new ContentDigest(digest).sha256()).isEqualTo(digest);
        assertThatIllegalArgumentException().isThrownBy(() -> new ContentDigest(digest.substring(1)));
        assertThatThrownBy(() -> new ContentDigest(null)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void secretAndTopSecretKeepTheirTitlesOldOrNew() {
        assertThat(new Marking(ProtectiveMarking.official(), null).restrictsTitle()).isFalse();
        assertThat(new Marking(ProtectiveMarking.officialSensitive(), null).restrictsTitle()).isFalse();
        assertThat(new Marking(new ProtectiveMarking(Classification.SECRET, false, List.of()), null).restrictsTitle())
                .isTrue();
        assertThat(new Marking(new ProtectiveMarking(Classification.TOP_SECRET, false, List.of()), null)
                .restrictsTitle()).isTrue();
        assertThat(new Marking(null, LegacyMarking.RESTRICTED).restrictsTitle()).isFalse();
        assertThat(new Marking(null, LegacyMarking.CONFIDENTIAL).restrictsTitle()).isFalse();
        assertThat(new Marking(null, LegacyMarking.SECRET).restrictsTitle()).isTrue();
        assertThat(new Marking(null, LegacyMarking.TOP_SECRET).restrictsTitle()).isTrue();
        // Once re-marked, the current marking decides, whatever the legacy one said.
        assertThat(new Marking(ProtectiveMarking.official(), LegacyMarking.SECRET).restrictsTitle()).isFalse();
    }

    @Test
    void markingsReadAsTheyAreWritten() {
        assertThat(LegacyMarking.TOP_SECRET.label()).isEqualTo("TOP SECRET (GPMS)");
        assertThat(new Marking(null, LegacyMarking.RESTRICTED).label()).isEqualTo("RESTRICTED (GPMS)");
        assertThat(new Marking(ProtectiveMarking.official(), null).label()).isEqualTo("OFFICIAL");
        assertThat(new Marking(ProtectiveMarking.official(), LegacyMarking.RESTRICTED).label())
                .isEqualTo("OFFICIAL (was RESTRICTED (GPMS))");
        assertThatThrownBy(() -> new Marking(null, null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void everyCategoryAndLawfulBasisSaysWhatItIs() {
        for (Category category : Category.values()) {
            assertThat(category.description()).as(category.name()).isNotBlank();
        }
        for (LawfulBasis basis : LawfulBasis.values()) {
            assertThat(basis.citation()).as(basis.name()).isNotBlank();
        }
    }

    @Test
    void anOutcomeIsRecordedOrRefused() {
        OnwardDisclosureOutcome recorded = OnwardDisclosureOutcome.recorded(3);
        assertThat(recorded.number()).isEqualTo(3);
        assertThat(recorded.refused()).isFalse();
        OnwardDisclosureOutcome refused = OnwardDisclosureOutcome.refused("bad-signature", "No");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.refusalCode()).isEqualTo("bad-signature");
        assertThat(refused.refusalDetail()).isEqualTo("No");
    }

    @Test
    void aViolationCarriesItsKindCodeAndSentence() {
        RuleViolation violation = RuleViolation.conflict("already-acknowledged", "Knowsley has acknowledged it.");
        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(violation.code()).isEqualTo("already-acknowledged");
        assertThat(violation.detail()).isEqualTo("Knowsley has acknowledged it.");
        assertThat(RuleViolation.forbidden("x", "y").kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
        assertThat(RuleViolation.notFound("x", "y").kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
        assertThat(RuleViolation.unprocessable("x", "y").kind()).isEqualTo(RuleViolation.Kind.UNPROCESSABLE);
    }

    @Test
    void theLedgerActsAsItsOwnSystemUserAndNoOneElseIs() {
        Actor system = Actor.system();
        assertThat(system.isSystem()).isTrue();
        assertThat(system.userId()).isEqualTo(LedgerMetaData.SYSTEM_USER);
        Actor person = new Actor("https://idp#alex", "Alex", new BodyId("knowsley-lscb"), Set.of(Role.BUSINESS_MANAGER),
                new MappaArea("merseyside"));
        assertThat(person.isSystem()).isFalse();
        assertThat(person.displayName()).isEqualTo("Alex");
        assertThat(new Actor("alex", null, null, null).displayName()).isEqualTo("alex");
        assertThat(new Actor("alex", " ", null, Set.of(), null).displayName()).isEqualTo("alex");
        assertThat(new Actor("alex", null, null, null).roles()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new Actor(" ", null, Set.of(), null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Actor(null, null, Set.of(), null));
    }
}
