package uk.mappa.ledger.projections.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.Classification;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.core.share.CopyDestroyed;
import uk.mappa.ledger.core.share.DestructionReason;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.OnwardDisclosureRecorded;
import uk.mappa.ledger.core.share.OnwardDisclosureRefused;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareAcknowledged;
import uk.mappa.ledger.core.share.ShareCorrected;
import uk.mappa.ledger.core.share.ShareEvent;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.core.share.ShareRemarked;
import uk.mappa.ledger.core.share.ShareWithdrawn;
import uk.mappa.ledger.projections.Events;

/** A share as the API shows it, folded from its events: current fields, and everything that happened to it. */
class ShareViewTest {

    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId THIRD = new BodyId("liverpool-childrens-services");
    static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");
    static final ProtectiveMarking SECRET = new ProtectiveMarking(Classification.SECRET, false, List.of());
    final ShareId id = ShareId.random();

    ShareView fold(ShareEvent... events) {
        ShareView view = null;
        int second = 0;
        for (ShareEvent event : events) {
            view = ShareView.evolve(view, event, AT.plusSeconds(second++));
        }
        return view;
    }

    ShareRecorded recorded() {
        return Events.shareRecorded(id, Category.ANNUAL_REPORT, "merseyside-smb", List.of("knowsley-lscb"),
                ProtectiveMarking.official(), AT);
    }

    @Test
    void aRecordedShareShowsWhatWasRecorded() {
        ShareView view = fold(recorded());
        assertThat(view.id()).isEqualTo(id.toString());
        assertThat(view.title()).isEqualTo("A ANNUAL_REPORT document");
        assertThat(view.providerBodyId()).isEqualTo("merseyside-smb");
        assertThat(view.recipientBodyIds()).containsExactly("knowsley-lscb");
        assertThat(view.marking().classification()).isEqualTo("OFFICIAL");
        assertThat(view.restrictedMarking()).isFalse();
        assertThat(view.status()).isEqualTo("RECORDED");
        assertThat(view.recordedAt()).isEqualTo(AT);
        assertThat(view.parties()).containsExactly("merseyside-smb", "knowsley-lscb");
        assertThat(view.caseReviewId()).isNull();
        assertThat(view.minutesRequestId()).isNull();
        assertThat(view.considerations()).isEmpty();
    }

    @Test
    void aShareShowsTheRecordItComesFromAndTheBoardsThatConsideredIt() {
        ShareRecorded plain = recorded();
        java.util.UUID review = java.util.UUID.randomUUID();
        ShareRecorded learning = new ShareRecorded(plain.shareId(), plain.agreementId(), Category.SCR_LEARNING,
                plain.title(), plain.provider(), plain.recipients(), plain.lawfulBasis(), plain.purpose(),
                plain.marking(), null, plain.content(), plain.sharedAt(), plain.retainUntil(), plain.recordedBy(), null,
                uk.mappa.ledger.core.share.ShareLink.caseReview(review));
        assertThat(fold(learning).caseReviewId()).isEqualTo(review.toString());
        assertThat(fold(learning).minutesRequestId()).isNull();
        ShareRecorded minutes = new ShareRecorded(plain.shareId(), plain.agreementId(), Category.MINUTES,
                plain.title(), plain.provider(), plain.recipients(), plain.lawfulBasis(), plain.purpose(),
                plain.marking(), null, plain.content(), plain.sharedAt(), plain.retainUntil(), plain.recordedBy(), null,
                uk.mappa.ledger.core.share.ShareLink.minutesRequest(review));
        assertThat(fold(minutes).minutesRequestId()).isEqualTo(review.toString());
        assertThat(fold(minutes).caseReviewId()).isNull();

        ShareView considered = fold(plain, new uk.mappa.ledger.core.share.ReportConsidered(id, SMB, KNOWSLEY,
                java.time.LocalDate.parse("2026-06-10"), List.of("Exploitation"), "chair"));
        assertThat(considered.considerations()).singleElement().satisfies(consideration -> {
            assertThat(consideration.boardBodyId()).isEqualTo("knowsley-lscb");
            assertThat(consideration.priorities()).containsExactly("Exploitation");
        });
    }

    @Test
    void changesSupersedeFieldsAndAreListed() {
        ShareView view = fold(recorded(),
                new ShareAcknowledged(id, SMB, KNOWSLEY, AT.plusSeconds(60), "kim"),
                new ShareRemarked(id, SMB, List.of(KNOWSLEY), List.of(), ProtectiveMarking.official(), null, SECRET,
                        "Names an operation", "alex"),
                new ShareCorrected(id, SMB, List.of(KNOWSLEY), List.of(), "New title", null, LawfulBasis.CHILDREN_ACT_2004,
                        new ContentDigest("c".repeat(64)), AT.minusSeconds(60), AT.plusSeconds(999), "Typo", "alex"));
        assertThat(view.acknowledgements()).containsExactly(new ShareView.Receipt("knowsley-lscb", AT.plusSeconds(60),
                "kim"));
        assertThat(view.marking().classification()).isEqualTo("SECRET");
        assertThat(view.restrictedMarking()).isTrue();
        assertThat(view.title()).isEqualTo("New title");
        assertThat(view.purpose()).isEqualTo("purpose");
        assertThat(view.lawfulBasis()).isEqualTo("CHILDREN_ACT_2004");
        assertThat(view.contentSha256()).isEqualTo("c".repeat(64));
        assertThat(view.sharedAt()).isEqualTo(AT.minusSeconds(60));
        assertThat(view.retainUntil()).isEqualTo(AT.plusSeconds(999));
        assertThat(view.changes()).extracting(ShareView.Change::kind).containsExactly("REMARKED", "CORRECTED");
        assertThat(view.changes().get(1).fields()).containsExactly("title", "lawfulBasis", "contentSha256", "sharedAt");

        ShareView onlyPurpose = ShareView.evolve(view, new ShareCorrected(id, SMB, List.of(KNOWSLEY), List.of(), null,
                "New purpose", null, null, null, null, "Why", "alex"), AT);
        assertThat(onlyPurpose.title()).isEqualTo("New title");
        assertThat(onlyPurpose.purpose()).isEqualTo("New purpose");
        assertThat(onlyPurpose.lawfulBasis()).isEqualTo("CHILDREN_ACT_2004");
        assertThat(onlyPurpose.contentSha256()).isEqualTo("c".repeat(64));
        assertThat(onlyPurpose.sharedAt()).isEqualTo(AT.minusSeconds(60));
        assertThat(onlyPurpose.retainUntil()).isEqualTo(AT.plusSeconds(999));
    }

    @Test
    void withdrawalDestructionAndOnwardDisclosureAreRecordedAndARefusalChangesNothing() {
        ShareView view = fold(recorded(),
                new OnwardDisclosureRecorded(id, 1, SMB, KNOWSLEY, "Liverpool", THIRD, "Review", "CHILDREN_ACT_2004",
                        "", AT, "e30=", "AAAA", "ab12", AT, AT, "kim", "consent-1"),
                new OnwardDisclosureRefused(id, SMB, KNOWSLEY, "bad-signature", "No", AT, "kim"),
                new ShareWithdrawn(id, SMB, List.of(KNOWSLEY), List.of(THIRD), "Sent in error", AT.plusSeconds(5), "alex"),
                new CopyDestroyed(id, SMB, KNOWSLEY, DestructionReason.WITHDRAWN, AT.plusSeconds(6), "kim"));
        assertThat(view.onwardDisclosures()).singleElement().satisfies(disclosure -> {
            assertThat(disclosure.thirdPartyBodyId()).isEqualTo("liverpool-childrens-services");
            assertThat(disclosure.consentId()).isEqualTo("consent-1");
            assertThat(disclosure.discloserBodyId()).isEqualTo("knowsley-lscb");
        });
        assertThat(view.parties()).containsExactly("merseyside-smb", "knowsley-lscb", "liverpool-childrens-services");
        assertThat(view.status()).isEqualTo("WITHDRAWN");
        assertThat(view.withdrawal()).isEqualTo(new ShareView.Withdrawal(AT.plusSeconds(5), "alex", "Sent in error"));
        assertThat(view.destructions()).containsExactly(new ShareView.Destruction("knowsley-lscb", AT.plusSeconds(6),
                "WITHDRAWN", "kim"));
    }

    @Test
    void aReaderWhoMayNotSeeTheTitleGetsEverythingElse() {
        ShareView view = fold(recorded()).withTitleWithheld();
        assertThat(view.title()).isNull();
        assertThat(view.titleWithheld()).isTrue();
        assertThat(view.id()).isEqualTo(id.toString());
        assertThat(view.purpose()).isEqualTo("purpose");
    }
}
