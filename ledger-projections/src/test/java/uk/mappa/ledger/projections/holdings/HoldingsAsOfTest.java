package uk.mappa.ledger.projections.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.Classification;
import uk.mappa.ledger.core.share.CopyDestroyed;
import uk.mappa.ledger.core.share.DestructionReason;
import uk.mappa.ledger.core.share.OnwardDisclosureRecorded;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareAcknowledged;
import uk.mappa.ledger.core.share.ShareCorrected;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.ShareRemarked;
import uk.mappa.ledger.core.share.ShareWithdrawn;
import uk.mappa.ledger.projections.Events;
import uk.mappa.ledger.projections.Page;
import uk.mappa.ledger.projections.history.TestHistory;

/** Who held what at a past instant, from the history: copies as they stood then, titles as marked now. */
class HoldingsAsOfTest {

    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId THIRD = new BodyId("liverpool-childrens-services");
    static final Instant MARCH = Instant.parse("2026-03-01T09:00:00Z");
    static final ProtectiveMarking SECRET = new ProtectiveMarking(Classification.SECRET, false, List.of());

    final ShareId id = ShareId.random();
    final ShareId other = ShareId.random();

    Instant day(int days) {
        return MARCH.plus(Duration.ofDays(days));
    }

    TestHistory history() {
        return new TestHistory()
                .at(MARCH, Events.shareRecorded(id, Category.ANNUAL_REPORT, "merseyside-smb", List.of("knowsley-lscb"),
                        ProtectiveMarking.official(), MARCH))
                .at(day(1), new ShareAcknowledged(id, SMB, KNOWSLEY, day(1), "kim"))
                .at(day(2), new OnwardDisclosureRecorded(id, 1, SMB, KNOWSLEY, "Liverpool", THIRD, "Review",
                        "CHILDREN_ACT_2004", "", day(30), "e30=", "AAAA", "ab", day(2), day(2), "kim", "c1"))
                .at(day(3), new ShareCorrected(id, SMB, List.of(KNOWSLEY), List.of(THIRD), "Corrected title", null, null,
                        null, null, null, "Typo", "alex"))
                .at(day(5), new ShareWithdrawn(id, SMB, List.of(KNOWSLEY), List.of(THIRD), "Error", day(5), "alex"))
                .at(day(6), new CopyDestroyed(id, SMB, KNOWSLEY, DestructionReason.WITHDRAWN, day(6), "kim"))
                .at(day(7), Events.shareRecorded(other, Category.TRAINING, "merseyside-smb", List.of("knowsley-lscb"),
                        ProtectiveMarking.official(), day(7)))
                .at(day(9), new ShareRemarked(id, SMB, List.of(KNOWSLEY), List.of(THIRD), ProtectiveMarking.official(),
                        null, SECRET, "Names an operation", "alex"));
    }

    List<HoldingView> heldBy(BodyId body, Instant at) {
        return new HoldingsAsOf(history().history()).handle(new FindHoldingsAsOf(body, at, Page.MAX_SIZE, null))
                .items();
    }

    @Test
    void thePastIsPagedLikeThePresent() {
        HoldingsAsOf past = new HoldingsAsOf(history().history());
        assertThat(heldBy(SMB, day(8))).hasSize(2);
        HoldingsPage first = past.handle(new FindHoldingsAsOf(SMB, day(8), 1, null));
        assertThat(first.items()).hasSize(1);
        assertThat(first.next()).isNotNull();
        HoldingsPage second = past.handle(new FindHoldingsAsOf(SMB, day(8), 1,
                HoldingCursor.decode(first.next()).orElseThrow()));
        assertThat(second.next()).isNull();
        assertThat(java.util.stream.Stream.concat(first.items().stream(), second.items().stream()).toList())
                .isEqualTo(heldBy(SMB, day(8)));
        assertThat(heldBy(SMB, day(8))).isSortedAccordingTo(HoldingCursor.NEWEST_FIRST);
    }

    @Test
    void copiesAreAsTheyStoodThen() {
        assertThat(heldBy(KNOWSLEY, day(1).minusSeconds(1))).singleElement().satisfies(copy -> {
            assertThat(copy.status()).isEqualTo("HELD");
            assertThat(copy.acknowledgedAt()).isNull();
            assertThat(copy.title()).isEqualTo("A ANNUAL_REPORT document");
        });
        assertThat(heldBy(KNOWSLEY, day(4))).singleElement().satisfies(copy -> {
            assertThat(copy.acknowledgedAt()).isEqualTo(day(1));
            assertThat(copy.title()).isEqualTo("Corrected title");
        });
        assertThat(heldBy(THIRD, day(5))).singleElement().satisfies(copy -> {
            assertThat(copy.role()).isEqualTo("THIRD_PARTY");
            assertThat(copy.status()).isEqualTo("DESTRUCTION_REQUESTED");
            assertThat(copy.dueForDestruction()).isTrue();
        });
        assertThat(heldBy(KNOWSLEY, day(6))).isEmpty();
        assertThat(heldBy(KNOWSLEY, day(8))).extracting(HoldingView::shareId).containsExactly(other.toString());
        assertThat(heldBy(SMB, day(8))).extracting(HoldingView::shareId).containsExactly(other.toString(),
                id.toString());
        assertThat(heldBy(THIRD, day(1))).isEmpty();
    }

    @Test
    void aTitleReMarkedSecretSinceIsRestrictedInThePastToo() {
        assertThat(heldBy(SMB, day(4))).singleElement().satisfies(copy -> {
            assertThat(copy.restrictedMarking()).isTrue();
            assertThat(copy.marking()).isEqualTo("OFFICIAL");
        });
        assertThat(heldBy(SMB, day(8))).filteredOn(copy -> copy.shareId().equals(other.toString()))
                .singleElement().satisfies(copy -> assertThat(copy.restrictedMarking()).isFalse());
    }
}
