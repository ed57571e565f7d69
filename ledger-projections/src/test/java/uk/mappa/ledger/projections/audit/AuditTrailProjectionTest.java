package uk.mappa.ledger.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyRegistered;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.ShareRecorded;
import uk.mappa.ledger.projections.Events;

@DataJpaTest
class AuditTrailProjectionTest {

    static final Instant JANUARY = Instant.parse("2026-01-15T10:00:00Z");
    static final Instant MARCH = Instant.parse("2026-03-15T10:00:00Z");

    @Autowired
    AuditEntryRepository repository;
    @Autowired
    ShareContextRepository contexts;
    @Autowired
    javax.sql.DataSource database;

    AuditTrailProjection projection;
    ShareId annualReport = ShareId.random();
    ShareId training = ShareId.random();

    @BeforeEach
    void threeEvents() {
        projection = new AuditTrailProjection(repository, contexts, database);
        BodyRegistered knowsley = new BodyRegistered(new BodyId("knowsley-lscb"), "Knowsley LSCB", BodyKind.LSCB,
                new MappaArea("merseyside"));
        projection.on(knowsley, Events.message(knowsley, "knowsley-lscb", JANUARY, "ledger-system", null),
                Events.at(1));
        ShareRecorded report = Events.shareRecorded(annualReport, Category.ANNUAL_REPORT, "merseyside-smb",
                List.of("knowsley-lscb"), ProtectiveMarking.official(), JANUARY);
        projection.on(report, Events.message(report, annualReport.toString(), JANUARY, "manager.merseyside-smb",
                "merseyside-smb"), Events.at(2));
        ShareRecorded offer = Events.shareRecorded(training, Category.TRAINING, "hampshire-iow-smb",
                List.of("portsmouth-lscp"), ProtectiveMarking.official(), MARCH);
        projection.on(offer, Events.message(offer, training.toString(), MARCH, "manager.hampshire-iow-smb",
                "hampshire-iow-smb"), Events.at(3));
    }

    /** As the events' transaction commits: the batch's entries are written just before. */
    static void committed() {
        org.springframework.transaction.support.TransactionSynchronizationUtils.triggerBeforeCommit(false);
    }

    AuditPage find(AuditScope scope, AuditFilter filter) {
        return handle(new FindAuditEntries(scope, filter, 50, null));
    }

    /** Answered as a query is, after the events' transaction has committed. */
    AuditPage handle(FindAuditEntries query) {
        committed();
        return projection.handle(query);
    }

    @Test
    void everyEventBecomesAnEntryNewestFirstWithWhoDidIt() {
        AuditPage page = find(AuditScope.all(), AuditFilter.none());
        assertThat(page.items()).extracting(AuditEntryView::position).containsExactly(3L, 2L, 1L);
        AuditEntryView share = page.items().get(1);
        assertThat(share.eventType()).isEqualTo("ShareRecorded");
        assertThat(share.actor()).isEqualTo("manager.merseyside-smb");
        assertThat(share.actorBodyId()).isEqualTo("merseyside-smb");
        assertThat(share.bodies()).containsExactly("merseyside-smb", "knowsley-lscb");
        assertThat(share.category()).isEqualTo("ANNUAL_REPORT");
        assertThat(share.classification()).isEqualTo("OFFICIAL");
        assertThat(share.agreementId()).isEqualTo(Events.AGREEMENT.toString());
        assertThat(share.correlationId()).isEqualTo("corr-1");
        assertThat(share.summary()).startsWith("merseyside-smb shared ANNUAL_REPORT");
    }

    @Test
    void filtersByBodyCategoryAndTime() {
        assertThat(find(AuditScope.all(), new AuditFilter(new BodyId("knowsley-lscb"), null, null, null, null, null, null)).items())
                .extracting(AuditEntryView::position).containsExactly(2L, 1L);
        assertThat(find(AuditScope.all(), new AuditFilter(null, Category.TRAINING, null, null, null, null, null)).items())
                .extracting(AuditEntryView::aggregateId).containsExactly(training.toString());
        assertThat(find(AuditScope.all(), new AuditFilter(null, null, null, null, null, null, null, "ShareRecorded"))
                .items()).isNotEmpty().extracting(AuditEntryView::eventType).containsOnly("ShareRecorded");
        assertThat(find(AuditScope.all(), new AuditFilter(null, null, null, null, null, null, null, "ShareAcknowledged"))
                .items()).isEmpty();
        assertThat(find(AuditScope.all(), new AuditFilter(null, null, null, null, null, JANUARY, MARCH)).items())
                .extracting(AuditEntryView::position).containsExactly(2L, 1L);
    }

    @Test
    void laterEventsAboutAShareInheritItsCategoryMarkingAndAgreement() {
        var acknowledged = new uk.mappa.ledger.core.share.ShareAcknowledged(annualReport, new BodyId("merseyside-smb"),
                new BodyId("knowsley-lscb"), MARCH, "manager.knowsley-lscb");
        projection.on(acknowledged, Events.message(acknowledged, annualReport.toString(), MARCH, "manager.knowsley-lscb",
                "knowsley-lscb"), Events.at(4));
        AuditPage found = find(AuditScope.all(), new AuditFilter(null, Category.ANNUAL_REPORT, "OFFICIAL",
                Events.AGREEMENT, "manager.knowsley-lscb", null, null));
        assertThat(found.items()).extracting(AuditEntryView::eventType).containsExactly("ShareAcknowledged");
    }

    @Test
    void aShareRemarkedInTheBatchThatRecordedItWithholdsTheTitleOfEveryEntryOfIt() {
        ShareId secret = ShareId.random();
        ShareRecorded recorded = Events.shareRecorded(secret, Category.TRAINING, "merseyside-smb",
                List.of("knowsley-lscb"), ProtectiveMarking.official(), MARCH);
        projection.on(recorded, Events.message(recorded, secret.toString(), MARCH, "manager.merseyside-smb",
                "merseyside-smb"), Events.at(4));
        var remarked = new uk.mappa.ledger.core.share.ShareRemarked(secret, new BodyId("merseyside-smb"),
                List.of(new BodyId("knowsley-lscb")), List.of(), ProtectiveMarking.official(), null,
                new ProtectiveMarking(uk.mappa.ledger.core.share.Classification.SECRET, false, List.of()),
                "Reassessed", "manager.merseyside-smb");
        projection.on(remarked, Events.message(remarked, secret.toString(), MARCH, "manager.merseyside-smb",
                "merseyside-smb"), Events.at(5));

        assertThat(find(AuditScope.all(), AuditFilter.none()).items())
                .filteredOn(entry -> secret.toString().equals(entry.aggregateId()))
                .extracting(AuditEntryView::eventType, AuditEntryView::restrictedMarking)
                .containsExactlyInAnyOrder(tuple("ShareRecorded", true), tuple("ShareRemarked", true));
        assertThat(find(AuditScope.all(), new AuditFilter(null, null, "SECRET", null, null, null, null)).items())
                .extracting(AuditEntryView::eventType).containsExactly("ShareRemarked");
    }

    @Test
    void aScopeKeepsOtherBodiesEntriesOut() {
        AuditScope merseyside = AuditScope.onlyConcerning(Set.of(new BodyId("merseyside-smb"), new BodyId("knowsley-lscb")));
        assertThat(find(merseyside, AuditFilter.none()).items()).extracting(AuditEntryView::position)
                .containsExactly(2L, 1L);
        assertThat(find(AuditScope.onlyConcerning(Set.of()), AuditFilter.none()).items()).isEmpty();
    }

    @Test
    void pagesFollowOneAnotherByCursorNewestFirst() {
        AuditPage first = handle(new FindAuditEntries(AuditScope.all(), AuditFilter.none(), 2, null));
        assertThat(first.items()).extracting(AuditEntryView::position).containsExactly(3L, 2L);
        Long before = AuditPage.position(first.next()).orElseThrow();
        assertThat(before).isEqualTo(2L);
        AuditPage second = handle(new FindAuditEntries(AuditScope.all(), AuditFilter.none(), 2, before));
        assertThat(second.items()).extracting(AuditEntryView::position).containsExactly(1L);
        assertThat(second.next()).isNull();
        assertThat(handle(new FindAuditEntries(AuditScope.all(), new AuditFilter(new BodyId("knowsley-lscb"),
                null, null, null, null, null, null), 1, 2L)).items()).extracting(AuditEntryView::position)
                .containsExactly(1L);
    }

    @Test
    void onlyTheLedgersOwnCursorsNamePositions() {
        assertThat(AuditPage.position(AuditPage.cursor(1234))).contains(1234L);
        for (String cursor : new String[] {"", "!!", "MTIzNA", "YXVkaXR8LTE", "YXVkaXR8MDEy", "YXVkaXR8"}) {
            assertThat(AuditPage.position(cursor)).as(cursor).isEmpty();
        }
    }
}
