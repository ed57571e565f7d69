package uk.mappa.ledger.projections.sfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.sfo.SfoAcknowledged;
import uk.mappa.ledger.core.sfo.SfoEscalated;
import uk.mappa.ledger.core.sfo.SfoNotified;

/** SFO notifications: acknowledgement, escalation, and the lists the SMB and LSCBs read. */
@DataJpaTest
class SfoProjectionTest {

    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId WIRRAL = new BodyId("wirral-lscb");
    static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");

    @Autowired
    SfoRepository repository;
    SfoProjection notifications;

    @BeforeEach
    void setUp() {
        notifications = new SfoProjection(repository);
    }

    SfoNotified notified(String id, BodyId lscb, Instant at) {
        return new SfoNotified(id, SMB, lscb, "BUSINESS_MANAGER", true, true, new Sealed(new uk.mappa.ledger.core.personal.SubjectId(java.util.UUID.randomUUID()), "x"), at,
                at.plusSeconds(86_400), at.plusSeconds(172_800), "coord");
    }

    @Test
    void notificationsAreAcknowledgedOrEscalatedAndListedNewestFirst() {
        notifications.on(notified("s1", KNOWSLEY, AT));
        notifications.on(notified("s2", WIRRAL, AT.plusSeconds(60)));
        notifications.on(new SfoAcknowledged("s1", SMB, KNOWSLEY, AT.plusSeconds(3600), "kim"));
        notifications.on(new SfoEscalated("s2", SMB, WIRRAL, SfoEscalated.TO_COORDINATOR, AT.plusSeconds(86_400)));
        notifications.on(new SfoAcknowledged("unknown", SMB, WIRRAL, AT, "kim"));

        assertThat(notifications.handle(new FindSfoNotifications(null, false, 100, null)).items())
                .extracting(SfoView::notificationId, SfoView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s2", "ESCALATED_TO_MAPPA_COORDINATOR"),
                        org.assertj.core.groups.Tuple.tuple("s1", "ACKNOWLEDGED"));
        assertThat(notifications.handle(new FindSfoNotifications(null, false, 100, null)).items().get(1).acknowledgedAt())
                .isEqualTo(AT.plusSeconds(3600));
        assertThat(notifications.handle(new FindSfoNotifications(null, true, 100, null)).items())
                .extracting(SfoView::notificationId).containsExactly("s2");
        assertThat(notifications.handle(new FindSfoNotifications(Set.of(KNOWSLEY), false, 100, null)).items())
                .extracting(SfoView::notificationId).containsExactly("s1");
        assertThat(notifications.handle(new FindSfoNotifications(Set.of(SMB), false, 100, null)).items()).hasSize(2);
        assertThat(notifications.handle(new FindSfoNotifications(Set.of(new BodyId("sefton-lscb")), false, 100, null)).items()).isEmpty();

        notifications.reset();
        assertThat(notifications.handle(new FindSfoNotifications(null, false, 100, null)).items()).isEmpty();
    }

    @Test
    void notificationsArePagedNewestFirstWithTheirFilters() {
        for (int i = 0; i < 5; i++) {
            notifications.on(notified(id(i), i % 2 == 0 ? KNOWSLEY : WIRRAL, AT.plusSeconds(i % 3)));
        }
        List<String> seen = new java.util.ArrayList<>();
        SfoPage page = notifications.handle(new FindSfoNotifications(null, false, 2, null));
        while (true) {
            assertThat(page.items().size()).isLessThanOrEqualTo(2);
            page.items().forEach(view -> seen.add(view.notificationId()));
            if (page.next() == null) {
                break;
            }
            page = notifications.handle(new FindSfoNotifications(null, false, 2,
                    SfoPage.after(page.next()).orElseThrow()));
        }
        // Newest first, and among notifications of the same instant by id, descending.
        assertThat(seen).containsExactly(id(2), id(4), id(1), id(3), id(0));
        SfoPage knowsley = notifications.handle(new FindSfoNotifications(Set.of(KNOWSLEY), false, 1, null));
        assertThat(knowsley.items()).extracting(SfoView::notificationId).containsExactly(id(2));
        assertThat(notifications.handle(new FindSfoNotifications(Set.of(KNOWSLEY), false, 5,
                SfoPage.after(knowsley.next()).orElseThrow())).items())
                .extracting(SfoView::notificationId).containsExactly(id(4), id(0));
        assertThat(SfoPage.after(new uk.mappa.ledger.projections.Keyset("x", "y").encode("agreements"))).isEmpty();
    }

    static String id(int n) {
        return new java.util.UUID(0, n).toString();
    }

    @Test
    void aNewNotificationAwaitsAcknowledgement() {
        notifications.on(notified("s3", KNOWSLEY, AT));
        SfoView view = notifications.handle(new FindSfoNotifications(null, false, 100, null)).items().get(0);
        assertThat(view.status()).isEqualTo("AWAITING_ACKNOWLEDGEMENT");
        assertThat(view.acknowledgeBy()).isEqualTo(AT.plusSeconds(86_400));
        assertThat(view.recipientRole()).isEqualTo("BUSINESS_MANAGER");
    }
}
