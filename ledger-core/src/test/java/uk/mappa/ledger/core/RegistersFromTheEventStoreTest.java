package uk.mappa.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Base64;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.core.agreement.AgreementAccepted;
import uk.mappa.ledger.core.agreement.AgreementDrafted;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementKind;
import uk.mappa.ledger.core.agreement.AgreementStatus;
import uk.mappa.ledger.core.agreement.EventSourcedAgreementRegister;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.arrangement.EventSourcedHandlingArrangements;
import uk.mappa.ledger.core.arrangement.HandlingArrangementEvent;
import uk.mappa.ledger.core.arrangement.HandlingArrangementId;
import uk.mappa.ledger.core.body.BodyClosed;
import uk.mappa.ledger.core.body.BodyMerged;
import uk.mappa.ledger.core.body.BodyRegistered;
import uk.mappa.ledger.core.body.BodyRenamed;
import uk.mappa.ledger.core.body.EventSourcedBodyRegister;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.consent.CertificateRegistered;
import uk.mappa.ledger.core.consent.CertificateRevocationBackdated;
import uk.mappa.ledger.core.consent.CertificateRevoked;
import uk.mappa.ledger.core.consent.Certificates;
import uk.mappa.ledger.core.consent.EventSourcedCertificateRegister;
import uk.mappa.ledger.core.consent.RegisteredCertificate;
import uk.mappa.ledger.core.consent.SigningCertificate;
import uk.mappa.ledger.core.consent.TestPki;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/**
 * The register, the agreements and the certificates that commands consult are read straight from the event
 * store, and only from streams of their own kind: aggregate ids share one namespace.
 */
class RegistersFromTheEventStoreTest {

    final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    final BodyId knowsley = new BodyId("knowsley-lscb");
    final BodyId smb = new BodyId("merseyside-smb");

    void append(String aggregate, Object... payloads) {
        for (int i = 0; i < payloads.length; i++) {
            store.publish(new GenericDomainEventMessage<>("Test", aggregate, i, payloads[i]));
        }
    }

    @Test
    void aBodyIsFoundOnlyInAStreamItsRegistrationOpened() {
        append("knowsley-lscb", new BodyRegistered(knowsley, "Knowsley LSCB", BodyKind.LSCB, new MappaArea("merseyside")));
        append("not-a-body", "something else");
        EventSourcedBodyRegister register = new EventSourcedBodyRegister(store, ConsultedStreams.NONE);
        assertThat(register.find(knowsley)).hasValueSatisfying(body -> {
            assertThat(body.name()).isEqualTo("Knowsley LSCB");
            assertThat(body.area()).isEqualTo(new MappaArea("merseyside"));
        });
        assertThat(register.find(new BodyId("not-a-body"))).isEmpty();
        assertThat(register.find(new BodyId("wirral-lscb"))).isEmpty();
    }

    @Test
    void aBodyFollowsItsRenamingAndMergerAndAStreamWithoutARegistrationIsNoBody() {
        append("knowsley-lscb", new BodyRegistered(knowsley, "Knowsley LSCB", BodyKind.LSCB, new MappaArea("merseyside")),
                new BodyRenamed(knowsley, "Knowsley LSCB", BodyKind.LSCB, "Knowsley LSCP", BodyKind.LSCP, "2018", "x"),
                new BodyMerged(knowsley, smb, "Joint", "x"));
        append("orphan-lscb", new BodyClosed(new BodyId("orphan-lscb"), "Gone", "x"));
        EventSourcedBodyRegister register = new EventSourcedBodyRegister(store, ConsultedStreams.NONE);
        assertThat(register.find(knowsley)).hasValueSatisfying(body -> {
            assertThat(body.name()).isEqualTo("Knowsley LSCP");
            assertThat(body.kind()).isEqualTo(BodyKind.LSCP);
            assertThat(body.isOpen()).isFalse();
            assertThat(body.successor()).isEqualTo(smb);
        });
        assertThat(register.find(new BodyId("orphan-lscb"))).isEmpty();
    }

    @Test
    void aHandlingArrangementIsFoldedFromItsOwnEventsOnly() {
        HandlingArrangementId id = HandlingArrangementId.random();
        AgreementId mou = AgreementId.random();
        Instant ended = Instant.parse("2026-06-01T00:00:00Z");
        append(id.toString(), new HandlingArrangementEvent.HandlingArrangementAgreed(id, mou, List.of(smb, knowsley),
                        "Joint review", "Secure", "Panel", Period.ofMonths(6), LocalDate.of(2026, 12, 31), "x"),
                new HandlingArrangementEvent.HandlingArrangementEnded(id, List.of(smb, knowsley), ended, "Done", "x"));
        HandlingArrangementId orphan = HandlingArrangementId.random();
        append(orphan.toString(), new HandlingArrangementEvent.HandlingArrangementEnded(orphan, List.of(smb), ended,
                "Never agreed", "x"));
        HandlingArrangementId other = HandlingArrangementId.random();
        append(other.toString(), "something else");
        EventSourcedHandlingArrangements arrangements =
                new EventSourcedHandlingArrangements(store, ConsultedStreams.NONE);
        assertThat(arrangements.find(id)).hasValueSatisfying(terms -> {
            assertThat(terms.agreementId()).isEqualTo(mou);
            assertThat(terms.endedAt()).isEqualTo(ended);
            assertThat(terms.names(knowsley)).isTrue();
        });
        assertThat(arrangements.find(orphan)).isEmpty();
        assertThat(arrangements.find(other)).isEmpty();
        assertThat(arrangements.find(HandlingArrangementId.random())).isEmpty();
    }

    @Test
    void aCaseReviewIsFoundOnlyInAStreamItsRegistrationOpened() {
        uk.mappa.ledger.core.review.CaseReviewId id = uk.mappa.ledger.core.review.CaseReviewId.random();
        uk.mappa.ledger.core.review.CaseDigest digest = new uk.mappa.ledger.core.review.CaseDigest("e".repeat(64));
        uk.mappa.ledger.core.review.CaseReviewId other = uk.mappa.ledger.core.review.CaseReviewId.random();
        append(id.toString(), new uk.mappa.ledger.core.review.CaseReviewEvent.CaseReviewRegistered(id, knowsley,
                        uk.mappa.ledger.core.review.ReviewKind.SERIOUS_CASE_REVIEW, digest, LocalDate.of(2026, 5, 1), "x"),
                new uk.mappa.ledger.core.review.CaseReviewEvent.ReviewTimescalesAgreed(id, knowsley, other, smb,
                        LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1), "One chronology", "x"));
        append(other.toString(), "something else");
        uk.mappa.ledger.core.review.EventSourcedCaseReviews reviews =
                new uk.mappa.ledger.core.review.EventSourcedCaseReviews(store, ConsultedStreams.NONE);
        assertThat(reviews.find(id)).hasValue(new uk.mappa.ledger.core.review.ReviewTerms(id, knowsley,
                uk.mappa.ledger.core.review.ReviewKind.SERIOUS_CASE_REVIEW, digest));
        assertThat(reviews.find(other)).isEmpty();
        assertThat(reviews.find(uk.mappa.ledger.core.review.CaseReviewId.random())).isEmpty();
    }

    @Test
    void aMinutesRequestCarriesItsChairsDecision() {
        uk.mappa.ledger.core.minutes.MinutesRequestId id = uk.mappa.ledger.core.minutes.MinutesRequestId.random();
        uk.mappa.ledger.core.share.ContentDigest summary = new uk.mappa.ledger.core.share.ContentDigest("1".repeat(64));
        append(id.toString(), new uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequested(id, smb, knowsley,
                        LocalDate.of(2026, 5, 20), 3, uk.mappa.ledger.core.minutes.Requester.OFFENDER, null, "Appeal",
                        LocalDate.of(2026, 6, 1), "x"),
                new uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequestDecided(id, smb, knowsley, null, true,
                        "Agreed", summary, "x"));
        uk.mappa.ledger.core.minutes.MinutesRequestId orphan = uk.mappa.ledger.core.minutes.MinutesRequestId.random();
        append(orphan.toString(), new uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequestDecided(orphan, smb,
                knowsley, null, false, "Never requested", null, "x"));
        uk.mappa.ledger.core.minutes.MinutesRequestId other = uk.mappa.ledger.core.minutes.MinutesRequestId.random();
        append(other.toString(), "something else");
        uk.mappa.ledger.core.minutes.EventSourcedMinutesRequests requests =
                new uk.mappa.ledger.core.minutes.EventSourcedMinutesRequests(store, ConsultedStreams.NONE);
        assertThat(requests.find(id)).hasValueSatisfying(request -> {
            assertThat(request.chairBody()).isEqualTo(knowsley);
            assertThat(request.agreesToDisclose(summary)).isTrue();
            assertThat(request.agreesToDisclose(new uk.mappa.ledger.core.share.ContentDigest("2".repeat(64)))).isFalse();
            assertThat(request.asDisclosure().agrees(summary)).isTrue();
            assertThat(request.asDisclosure().requestId()).isEqualTo(id.value());
            assertThat(request.asDisclosure().chairBody()).isEqualTo(knowsley);
        });
        uk.mappa.ledger.core.minutes.MinutesRequestId undecided = uk.mappa.ledger.core.minutes.MinutesRequestId.random();
        append(undecided.toString(), new uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequested(undecided, smb,
                knowsley, LocalDate.of(2026, 5, 20), 2, uk.mappa.ledger.core.minutes.Requester.OTHER_BODY, smb, "Audit",
                LocalDate.of(2026, 6, 1), "x"));
        assertThat(requests.find(undecided).orElseThrow().asDisclosure().agreedSummary()).isNull();
        assertThat(requests.find(undecided).orElseThrow().asDisclosure().agrees(summary)).isFalse();
        assertThat(requests.find(orphan)).isEmpty();
        assertThat(requests.find(other)).isEmpty();
    }

    @Test
    void anAgreementIsFoldedFromItsOwnEventsOnly() {
        AgreementId id = AgreementId.random();
        append(id.toString(), new AgreementDrafted(id, AgreementKind.MOU, "MoU", List.of(smb, knowsley),
                        List.of(Category.ANNUAL_REPORT), List.of(LawfulBasis.CHILDREN_ACT_2004), LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 1, 1), Period.ofYears(3), "x"),
                new AgreementAccepted(id, smb, "Chair", LocalDate.of(2026, 1, 2), "x"));
        EventSourcedAgreementRegister register = new EventSourcedAgreementRegister(store, ConsultedStreams.NONE);
        assertThat(register.find(id)).hasValueSatisfying(terms -> {
            assertThat(terms.title()).isEqualTo("MoU");
            assertThat(terms.status()).isEqualTo(AgreementStatus.DRAFT);
        });
        assertThat(register.find(AgreementId.random())).isEmpty();
        AgreementId notAnAgreement = AgreementId.random();
        append(notAnAgreement.toString(), "something else");
        assertThat(register.find(notAnAgreement)).isEmpty();
        AgreementId withoutDraft = AgreementId.random();
        append(withoutDraft.toString(), new AgreementAccepted(withoutDraft, smb, "Chair", LocalDate.of(2026, 1, 2), "x"));
        assertThat(register.find(withoutDraft)).isEmpty();
    }

    @Test
    void aChangeAppendedAfterAReadIsSeenAtTheNextRead() {
        AgreementId id = AgreementId.random();
        append(id.toString(), new AgreementDrafted(id, AgreementKind.MOU, "MoU", List.of(smb, knowsley),
                List.of(Category.ANNUAL_REPORT), List.of(LawfulBasis.CHILDREN_ACT_2004), LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1), Period.ofYears(3), "x"));
        EventSourcedAgreementRegister register = new EventSourcedAgreementRegister(store, ConsultedStreams.NONE);
        assertThat(register.find(id).orElseThrow().acceptances()).isEmpty();
        store.publish(new GenericDomainEventMessage<>("Test", id.toString(), 1,
                new AgreementAccepted(id, smb, "Chair", LocalDate.of(2026, 1, 2), "x")));
        assertThat(register.find(id).orElseThrow().acceptances()).hasSize(1);
        store.publish(new GenericDomainEventMessage<>("Test", id.toString(), 2,
                new AgreementAccepted(id, knowsley, "Chair", LocalDate.of(2026, 1, 3), "x")));
        assertThat(register.find(id).orElseThrow().acceptances()).hasSize(2);
        assertThat(new EventSourcedAgreementRegister(store, ConsultedStreams.NONE).find(id).orElseThrow().acceptances())
                .hasSize(2);
    }

    @Test
    void aCertificateCarriesItsLatestRevocation() {
        var certificate = new TestPki("Test CA").issue("merseyside-smb").certificate();
        String fingerprint = Certificates.fingerprint(certificate);
        Instant revoked = Instant.parse("2026-05-01T00:00:00Z");
        Instant earlier = Instant.parse("2026-04-01T00:00:00Z");
        append(SigningCertificate.aggregateId(fingerprint),
                new CertificateRegistered(fingerprint, smb, "CN=merseyside-smb", "CN=Test CA", "1", Instant.now(),
                        Instant.now(), Base64.getEncoder().encodeToString(Certificates.encoded(certificate)), "x"),
                new CertificateRevoked(fingerprint, smb, revoked, "Lost", "x"),
                new CertificateRevocationBackdated(fingerprint, smb, revoked, earlier, "Stolen earlier", "x"));
        RegisteredCertificate found = new EventSourcedCertificateRegister(store).find(fingerprint).orElseThrow();
        assertThat(found.body()).isEqualTo(smb);
        assertThat(found.certificate()).isEqualTo(certificate);
        assertThat(found.revokedAt()).isEqualTo(earlier);
        assertThat(found.revocationReason()).isEqualTo("Stolen earlier");
        assertThat(found.revokedBy(earlier)).isTrue();
        assertThat(found.revokedBy(earlier.minusMillis(1))).isFalse();
        assertThat(new EventSourcedCertificateRegister(store).find("0".repeat(64))).isEmpty();
    }
}
