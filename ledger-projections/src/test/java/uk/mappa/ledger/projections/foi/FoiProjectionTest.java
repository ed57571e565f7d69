package uk.mappa.ledger.projections.foi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.foi.Consultee;
import uk.mappa.ledger.core.foi.FoiEvent.FoiConsulted;
import uk.mappa.ledger.core.foi.FoiEvent.FoiPartyInformed;
import uk.mappa.ledger.core.foi.FoiEvent.FoiPartyViewRecorded;
import uk.mappa.ledger.core.foi.FoiEvent.FoiRequestLogged;
import uk.mappa.ledger.core.foi.FoiEvent.FoiResponseReleased;
import uk.mappa.ledger.core.foi.FoiOutcome;
import uk.mappa.ledger.core.foi.FoiRequestId;
import uk.mappa.ledger.projections.foi.FoiQueries.FindFoiRequest;
import uk.mappa.ledger.projections.foi.FoiQueries.FindFoiRequests;

/** FOI requests: where each stands, whether it may be released, and the lists of the bodies they concern. */
@DataJpaTest
class FoiProjectionTest {

    static final BodyId LEEDS = new BodyId("leeds-council");
    static final BodyId SMB = new BodyId("west-yorkshire-smb");
    static final BodyId POLICE = new BodyId("west-yorkshire-police");
    static final BodyId YOT = new BodyId("leeds-yot");
    static final List<BodyId> PARTIES = List.of(LEEDS, SMB, POLICE, YOT);
    static final Instant AT = Instant.parse("2026-06-10T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-06-21");

    @Autowired
    FoiRequestRepository requestRepository;
    @Autowired
    FoiPartyRepository partyRepository;
    FoiProjection foi;

    @BeforeEach
    void setUp() {
        foi = new FoiProjection(requestRepository, partyRepository);
    }

    static FoiRequestLogged logged(FoiRequestId id, LocalDate due, List<BodyId> interested) {
        return new FoiRequestLogged(id, LEEDS, LocalDate.parse("2026-06-01"), due, "Meetings about a family", SMB,
                POLICE, interested, "manager");
    }

    @Test
    void aRequestIsReadyToReleaseOnceBothAreConsultedAndEveryPartyHeard() {
        FoiRequestId id = FoiRequestId.random();
        foi.on(logged(id, LocalDate.parse("2026-06-29"), List.of(YOT)), AT);
        FoiRequestView logged = foi.handle(new FindFoiRequest(id.toString(), TODAY)).orElseThrow();
        assertThat(logged.status()).isEqualTo(FoiRequestView.OPEN);
        assertThat(logged.readyToRelease()).isFalse();
        assertThat(logged.parties()).containsExactly("leeds-council", "west-yorkshire-smb", "west-yorkshire-police",
                "leeds-yot");
        assertThat(logged.overdueOn(LocalDate.parse("2026-06-29"))).isFalse();
        assertThat(logged.overdueOn(LocalDate.parse("2026-06-30"))).isTrue();

        foi.on(new FoiConsulted(id, PARTIES, Consultee.MAPPA_COORDINATOR, SMB, "Withhold", "m"), AT);
        foi.on(new FoiConsulted(id, PARTIES, Consultee.MAPPA_COORDINATOR, SMB, "Withhold names only", "m"), AT);
        foi.on(new FoiConsulted(id, PARTIES, Consultee.POLICE_LEAD, POLICE, "s.31", "m"), AT);
        foi.on(new FoiPartyInformed(id, PARTIES, YOT, "Released in part", "m"), AT);
        assertThat(foi.handle(new FindFoiRequest(id.toString(), TODAY)).orElseThrow().readyToRelease()).isFalse();
        foi.on(new FoiPartyViewRecorded(id, PARTIES, YOT, "Content", "m"), AT.plusSeconds(60));
        FoiRequestView ready = foi.handle(new FindFoiRequest(id.toString(), TODAY)).orElseThrow();
        assertThat(ready.readyToRelease()).isTrue();
        assertThat(ready.consultations()).extracting(FoiRequestView.Consultation::view)
                .containsExactly("Withhold names only", "s.31");
        assertThat(ready.interestedParties()).singleElement().satisfies(party -> {
            assertThat(party.likelyResponse()).isEqualTo("Released in part");
            assertThat(party.viewRecordedAt()).isEqualTo(AT.plusSeconds(60));
        });
        foi.on(new FoiPartyInformed(id, PARTIES, YOT, "Now withheld", "m"), AT);
        assertThat(foi.handle(new FindFoiRequest(id.toString(), TODAY)).orElseThrow().readyToRelease()).isFalse();

        foi.on(new FoiResponseReleased(id, PARTIES, LocalDate.parse("2026-06-30"), FoiOutcome.WITHHELD, List.of("s.31"),
                true, "m"), AT);
        FoiRequestView released = foi.handle(new FindFoiRequest(id.toString(), TODAY)).orElseThrow();
        assertThat(released.status()).isEqualTo(FoiRequestView.RELEASED);
        assertThat(released.late()).isTrue();
        assertThat(released.exemptions()).containsExactly("s.31");
        assertThat(released.overdueOn(LocalDate.parse("2026-07-30"))).isFalse();
    }

    @Test
    void eachBodySeesTheRequestsThatConcernItSoonestDueFirst() {
        FoiRequestId later = FoiRequestId.random();
        FoiRequestId sooner = FoiRequestId.random();
        FoiRequestId answered = FoiRequestId.random();
        foi.on(logged(later, LocalDate.parse("2026-07-10"), List.of(YOT)), AT);
        foi.on(logged(sooner, LocalDate.parse("2026-06-20"), List.of()), AT);
        foi.on(logged(answered, LocalDate.parse("2026-06-25"), List.of()), AT);
        foi.on(new FoiResponseReleased(answered, List.of(LEEDS, SMB, POLICE), LocalDate.parse("2026-06-20"),
                FoiOutcome.NOT_HELD, List.of(), false, "m"), AT);
        foi.on(new FoiConsulted(FoiRequestId.random(), PARTIES, Consultee.POLICE_LEAD, POLICE, "unknown", "m"), AT);

        assertThat(foi.handle(new FindFoiRequests(null, false, TODAY, 100, null)).items()).extracting(FoiRequestView::id)
                .containsExactly(sooner.toString(), answered.toString(), later.toString());
        assertThat(foi.handle(new FindFoiRequests(null, true, TODAY, 100, null)).items()).extracting(FoiRequestView::id,
                        FoiRequestView::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sooner.toString(), true),
                        org.assertj.core.groups.Tuple.tuple(later.toString(), false));
        assertThat(foi.handle(new FindFoiRequests(Set.of(YOT), false, TODAY, 100, null)).items()).extracting(FoiRequestView::id)
                .containsExactly(later.toString());
        assertThat(foi.handle(new FindFoiRequests(Set.of(POLICE, YOT), true, TODAY, 100, null)).items()).hasSize(2);
        assertThat(foi.handle(new FindFoiRequests(Set.of(new BodyId("bradford-council")), false, TODAY, 100, null)).items())
                .isEmpty();

        FoiRequestPage first = foi.handle(new FindFoiRequests(Set.of(LEEDS), false, TODAY, 2, null));
        assertThat(first.items()).extracting(FoiRequestView::id).containsExactly(sooner.toString(), answered.toString());
        FoiRequestPage second = foi.handle(new FindFoiRequests(Set.of(LEEDS), false, TODAY, 2,
                FoiRequestPage.after(first.next()).orElseThrow()));
        assertThat(second.items()).extracting(FoiRequestView::id).containsExactly(later.toString());
        assertThat(second.next()).isNull();
        assertThat(FoiRequestPage.after(new uk.mappa.ledger.projections.Keyset("soon", later.toString())
                .encode(FoiRequestPage.LIST))).isEmpty();
        assertThat(FoiRequestPage.after(new uk.mappa.ledger.projections.Keyset("2026-06-20", sooner.toString()).encode("minutes-requests"))).isEmpty();

        foi.reset();
        assertThat(foi.handle(new FindFoiRequests(null, false, TODAY, 100, null)).items()).isEmpty();
    }
}
