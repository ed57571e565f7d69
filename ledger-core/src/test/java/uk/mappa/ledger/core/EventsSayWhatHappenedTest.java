package uk.mappa.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.mappa.ledger.core.agreement.AgreementAccepted;
import uk.mappa.ledger.core.agreement.AgreementActivated;
import uk.mappa.ledger.core.agreement.AgreementAmended;
import uk.mappa.ledger.core.agreement.AgreementDrafted;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementKind;
import uk.mappa.ledger.core.agreement.AgreementReinstated;
import uk.mappa.ledger.core.agreement.AgreementReviewed;
import uk.mappa.ledger.core.agreement.AgreementSuspended;
import uk.mappa.ledger.core.agreement.AgreementTerminated;
import uk.mappa.ledger.core.agreement.LegislativeChange;
import uk.mappa.ledger.core.arrangement.HandlingArrangementEvent;
import uk.mappa.ledger.core.arrangement.HandlingArrangementId;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyClosed;
import uk.mappa.ledger.core.body.BodyMerged;
import uk.mappa.ledger.core.body.BodyRegistered;
import uk.mappa.ledger.core.body.BodyRenamed;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.consent.CertificateRegistered;
import uk.mappa.ledger.core.consent.CertificateRevocationBackdated;
import uk.mappa.ledger.core.consent.CertificateRevoked;
import uk.mappa.ledger.core.csods.CaseId;
import uk.mappa.ledger.core.csods.CsodsApplicationReceived;
import uk.mappa.ledger.core.csods.CsodsCaseClosed;
import uk.mappa.ledger.core.csods.CsodsDeadline;
import uk.mappa.ledger.core.csods.CsodsDeadlineExtended;
import uk.mappa.ledger.core.csods.CsodsDeadlineMissed;
import uk.mappa.ledger.core.csods.CsodsDisclosureDecided;
import uk.mappa.ledger.core.csods.CsodsDisclosureMade;
import uk.mappa.ledger.core.csods.CsodsFaceToFaceMeetingHeld;
import uk.mappa.ledger.core.csods.CsodsInitialChecksCompleted;
import uk.mappa.ledger.core.csods.CsodsRiskAssessmentCompleted;
import uk.mappa.ledger.core.csods.CsodsUndertakingRecorded;
import uk.mappa.ledger.core.meeting.AttendanceConfirmed;
import uk.mappa.ledger.core.meeting.AttendanceRecorded;
import uk.mappa.ledger.core.meeting.MeetingNotified;
import uk.mappa.ledger.core.meeting.NonAttendanceEscalated;
import uk.mappa.ledger.core.personal.Sealed;
import uk.mappa.ledger.core.personal.SealedPerson;
import uk.mappa.ledger.core.personal.SubjectErased;
import uk.mappa.ledger.core.personal.SubjectId;
import uk.mappa.ledger.core.refusal.RefusalId;
import uk.mappa.ledger.core.refusal.ShareRequestDeclined;
import uk.mappa.ledger.core.sfo.SfoAcknowledged;
import uk.mappa.ledger.core.sfo.SfoEscalated;
import uk.mappa.ledger.core.sfo.SfoNotified;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.Classification;
import uk.mappa.ledger.core.share.ContentDigest;
import uk.mappa.ledger.core.share.CopyDestroyed;
import uk.mappa.ledger.core.share.DestructionReason;
import uk.mappa.ledger.core.share.LawfulBasis;
import uk.mappa.ledger.core.share.LegacyMarking;
import uk.mappa.ledger.core.share.OnwardDisclosureRecorded;
import uk.mappa.ledger.core.share.OnwardDisclosureRefused;
import uk.mappa.ledger.core.share.ProtectiveMarking;
import uk.mappa.ledger.core.share.ShareAcknowledged;
import uk.mappa.ledger.core.share.ShareCorrected;
import uk.mappa.ledger.core.share.ShareId;
import uk.mappa.ledger.core.share.ShareRemarked;
import uk.mappa.ledger.core.share.ShareWithdrawn;

/**
 * Every event names the bodies it concerns (the audit trail is filtered and scoped by them) and reads as one
 * line a person understands, with the facts that matter and nothing personal in clear.
 */
class EventsSayWhatHappenedTest {

    static final BodyId SMB = new BodyId("merseyside-smb");
    static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    static final BodyId WIRRAL = new BodyId("wirral-lscb");
    static final BodyId POLICE = new BodyId("merseyside-police");
    static final BodyId OFSTED = new BodyId("ofsted");
    static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");
    static final AgreementId MOU = new AgreementId(UUID.fromString("2ee839e5-f264-3dff-8317-2feef26d64d6"));
    static final ShareId SHARE = new ShareId(UUID.fromString("11111111-2222-3333-4444-555555555555"));
    static final CaseId CASE = new CaseId(UUID.fromString("66666666-2222-3333-4444-555555555555"));
    static final uk.mappa.ledger.core.foi.FoiRequestId FOI = new uk.mappa.ledger.core.foi.FoiRequestId(
            UUID.fromString("99999999-2222-3333-4444-555555555555"));
    static final uk.mappa.ledger.core.contact.PostId POST = uk.mappa.ledger.core.contact.PostId.named("test");
    static final SubjectId PERSON = new SubjectId(UUID.fromString("77777777-2222-3333-4444-555555555555"));
    static final Sealed SECRET = new Sealed(PERSON, "c2VhbGVk");
    static final SealedPerson SOMEONE = new SealedPerson(PERSON, SECRET, null, null);

    static Stream<Arguments> events() {
        return Stream.of(
                event(new BodyRenamed(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, "Knowsley LSCP", BodyKind.LSCP, "2018",
                        "x"), List.of(KNOWSLEY), "Knowsley LSCB (knowsley-lscb) is now Knowsley LSCP, a LSCP: 2018"),
                event(new BodyRenamed(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, "Knowsley Board", BodyKind.LSCB, "Typo",
                        "x"), List.of(KNOWSLEY), "Knowsley LSCB (knowsley-lscb) is now Knowsley Board: Typo"),
                event(new BodyMerged(KNOWSLEY, WIRRAL, "Joint", "x"), List.of(KNOWSLEY, WIRRAL),
                        "knowsley-lscb was merged into wirral-lscb: Joint"),
                event(new BodyClosed(KNOWSLEY, "Abolished", "x"), List.of(KNOWSLEY), "knowsley-lscb was closed: Abolished"),
                event(new AgreementAmended(MOU, 2, "Adds training", "Chair", LocalDate.of(2026, 3, 1),
                                List.of(Category.TRAINING), List.of(LawfulBasis.CHILDREN_ACT_2004), null, false, "x",
                                List.of(SMB, KNOWSLEY)), List.of(SMB, KNOWSLEY),
                        "Agreement " + MOU + " amended (version 2), authorised by Chair: Adds training"),
                event(new uk.mappa.ledger.core.share.ReportConsidered(SHARE, SMB, KNOWSLEY, LocalDate.of(2026, 6, 10),
                                List.of("Exploitation"), "x"), List.of(SMB, KNOWSLEY),
                        "knowsley-lscb considered the annual report of merseyside-smb (share " + SHARE
                                + ") at its meeting of 2026-06-10; priorities taken into its business plan: 1"),
                event(new uk.mappa.ledger.core.review.CaseReviewEvent.CaseReviewRegistered(
                                new uk.mappa.ledger.core.review.CaseReviewId(PERSON.value()), KNOWSLEY,
                                uk.mappa.ledger.core.review.ReviewKind.SERIOUS_CASE_REVIEW,
                                new uk.mappa.ledger.core.review.CaseDigest("f".repeat(64)), LocalDate.of(2026, 5, 1), "x"),
                        List.of(KNOWSLEY), "knowsley-lscb registered a SERIOUS_CASE_REVIEW commissioned on 2026-05-01"),
                event(new uk.mappa.ledger.core.review.CaseReviewEvent.ReviewTimescalesAgreed(
                                new uk.mappa.ledger.core.review.CaseReviewId(PERSON.value()), KNOWSLEY,
                                new uk.mappa.ledger.core.review.CaseReviewId(SHARE.value()), SMB,
                                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1), "One chronology", "x"),
                        List.of(KNOWSLEY, SMB), "knowsley-lscb and merseyside-smb agreed timescales for their reviews of"
                                + " the same case: " + PERSON + " by 2026-12-01, " + SHARE + " by 2026-11-01"),
                event(new uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequested(
                                new uk.mappa.ledger.core.minutes.MinutesRequestId(PERSON.value()), SMB, POLICE,
                                LocalDate.of(2026, 5, 20), 3, uk.mappa.ledger.core.minutes.Requester.AGENCY_NOT_ATTENDING,
                                KNOWSLEY, "Conference", LocalDate.of(2026, 6, 1), "x"), List.of(SMB, POLICE, KNOWSLEY),
                        "AGENCY_NOT_ATTENDING knowsley-lscb asked for the minutes of the level 3 MAPPA meeting of"
                                + " 2026-05-20; referred to the chair (merseyside-police)"),
                event(new uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequested(
                                new uk.mappa.ledger.core.minutes.MinutesRequestId(PERSON.value()), SMB, SMB,
                                LocalDate.of(2026, 5, 20), 2, uk.mappa.ledger.core.minutes.Requester.OFFENDER,
                                null, "Appeal", LocalDate.of(2026, 6, 1), "x"), List.of(SMB),
                        "OFFENDER asked for the minutes of the level 2 MAPPA meeting of 2026-05-20; referred to the"
                                + " chair (merseyside-smb)"),
                event(new uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequestDecided(
                                new uk.mappa.ledger.core.minutes.MinutesRequestId(PERSON.value()), SMB, POLICE, KNOWSLEY,
                                true, "Needed", new ContentDigest("a".repeat(64)), "x"), List.of(SMB, POLICE, KNOWSLEY),
                        "The chair agreed to disclose an executive summary of the minutes requested in " + PERSON
                                + ": Needed"),
                event(new uk.mappa.ledger.core.minutes.MinutesEvent.MinutesRequestDecided(
                                new uk.mappa.ledger.core.minutes.MinutesRequestId(PERSON.value()), SMB, POLICE, null,
                                false, "Confidence", null, "x"), List.of(SMB, POLICE),
                        "The chair refused to disclose the minutes requested in " + PERSON + ": Confidence"),
                event(new uk.mappa.ledger.core.foi.FoiEvent.FoiRequestLogged(FOI, KNOWSLEY, LocalDate.of(2026, 6, 1),
                                LocalDate.of(2026, 6, 29), "Meetings", SMB, POLICE, List.of(WIRRAL), "x"),
                        List.of(KNOWSLEY, SMB, POLICE, WIRRAL), "knowsley-lscb logged an FOI request involving a MAPPA"
                                + " case, received 2026-06-01 and due by 2026-06-29"),
                event(new uk.mappa.ledger.core.foi.FoiEvent.FoiConsulted(FOI, List.of(KNOWSLEY, SMB),
                                uk.mappa.ledger.core.foi.Consultee.MAPPA_COORDINATOR, SMB, "Withhold", "x"),
                        List.of(KNOWSLEY, SMB), "FOI request " + FOI + ": MAPPA_COORDINATOR of merseyside-smb consulted"),
                event(new uk.mappa.ledger.core.foi.FoiEvent.FoiPartyInformed(FOI, List.of(KNOWSLEY, WIRRAL), WIRRAL,
                                "Part", "x"), List.of(KNOWSLEY, WIRRAL),
                        "FOI request " + FOI + ": wirral-lscb told the likely response"),
                event(new uk.mappa.ledger.core.foi.FoiEvent.FoiPartyViewRecorded(FOI, List.of(KNOWSLEY, WIRRAL), WIRRAL,
                                "Content", "x"), List.of(KNOWSLEY, WIRRAL),
                        "FOI request " + FOI + ": view of wirral-lscb recorded"),
                event(new uk.mappa.ledger.core.foi.FoiEvent.FoiResponseReleased(FOI, List.of(KNOWSLEY),
                                LocalDate.of(2026, 6, 30), uk.mappa.ledger.core.foi.FoiOutcome.WITHHELD,
                                List.of("s.31", "s.40(2)"), true, "x"), List.of(KNOWSLEY),
                        "FOI request " + FOI + " answered on 2026-06-30: WITHHELD (s.31; s.40(2)), late"),
                event(new uk.mappa.ledger.core.foi.FoiEvent.FoiResponseReleased(FOI, List.of(KNOWSLEY),
                                LocalDate.of(2026, 6, 20), uk.mappa.ledger.core.foi.FoiOutcome.NOT_HELD, List.of(), false,
                                "x"), List.of(KNOWSLEY), "FOI request " + FOI + " answered on 2026-06-20: NOT_HELD"),
                event(new uk.mappa.ledger.core.contact.PostEvent.PostEstablished(POST, SMB,
                                uk.mappa.ledger.core.contact.ContactRole.SFO_LEAD, KNOWSLEY, "SFO lead", "x"),
                        List.of(SMB, KNOWSLEY), "merseyside-smb established the post SFO_LEAD for knowsley-lscb: SFO lead"),
                event(new uk.mappa.ledger.core.contact.PostEvent.ContactAppointed(POST, KNOWSLEY,
                                uk.mappa.ledger.core.contact.ContactRole.LSCB_REPRESENTATIVE, null,
                                new uk.mappa.ledger.core.contact.SealedContact(PERSON, new Sealed(PERSON, "c"), null),
                                LocalDate.of(2026, 6, 1), "x"),
                        List.of(KNOWSLEY), "knowsley-lscb named the holder of its post LSCB_REPRESENTATIVE from 2026-06-01"),
                event(new uk.mappa.ledger.core.contact.PostEvent.PostVacated(POST, SMB,
                                uk.mappa.ledger.core.contact.ContactRole.SFO_LEAD, KNOWSLEY, "Left", "x"),
                        List.of(SMB, KNOWSLEY), "merseyside-smb's post SFO_LEAD for knowsley-lscb is vacant: Left"),
                event(new LegislativeChange.LegislativeChangeRecorded(PERSON.value(), "Schools Act",
                        LocalDate.of(2026, 4, 1), "x"), List.of(),
                        "Legislative change recorded (effective 2026-04-01): Schools Act"),
                event(new HandlingArrangementEvent.HandlingArrangementAgreed(new HandlingArrangementId(PERSON.value()),
                                MOU, List.of(SMB, KNOWSLEY), "Joint review", "Secure", "Panel", Period.ofMonths(6),
                                LocalDate.of(2026, 12, 31), "x"), List.of(SMB, KNOWSLEY),
                        "Handling arrangement for case information between merseyside-smb, knowsley-lscb under agreement "
                                + MOU + ", until 2026-12-31: Joint review"),
                event(new HandlingArrangementEvent.HandlingArrangementEnded(new HandlingArrangementId(PERSON.value()),
                        List.of(SMB, KNOWSLEY), AT, "Closed", "x"), List.of(SMB, KNOWSLEY),
                        "Handling arrangement " + PERSON + " ended: Closed"),
                event(new BodyRegistered(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, new MappaArea("merseyside")),
                        List.of(KNOWSLEY), "Registered Knowsley LSCB", "knowsley-lscb", "LSCB", "merseyside"),
                event(new AgreementDrafted(MOU, AgreementKind.MOU, "Merseyside MoU", List.of(SMB, KNOWSLEY),
                                List.of(Category.ANNUAL_REPORT), List.of(LawfulBasis.CHILDREN_ACT_2004),
                                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), Period.ofYears(3), "x"),
                        List.of(SMB, KNOWSLEY), "Drafted MOU 'Merseyside MoU' between merseyside-smb, knowsley-lscb"),
                event(new AgreementAccepted(MOU, KNOWSLEY, "Chair", LocalDate.of(2026, 1, 2), "x"), List.of(KNOWSLEY),
                        "knowsley-lscb accepted agreement " + MOU, "Chair", "2026-01-02"),
                event(new AgreementActivated(MOU, AT, List.of(SMB, KNOWSLEY)), List.of(SMB, KNOWSLEY),
                        "Agreement " + MOU + " is in force from " + AT),
                event(new AgreementReviewed(MOU, LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1), "note", "x",
                        List.of(SMB, KNOWSLEY)), List.of(SMB, KNOWSLEY), "reviewed on 2026-02-01", "next review due 2027-02-01"),
                event(new AgreementSuspended(MOU, AT, "Breach", "x", List.of(SMB, KNOWSLEY)), List.of(SMB, KNOWSLEY),
                        "Agreement " + MOU + " suspended from " + AT + ": Breach"),
                event(new AgreementReinstated(MOU, AT, "Resolved", "x", List.of(SMB, KNOWSLEY)), List.of(SMB, KNOWSLEY),
                        "reinstated from " + AT + ": Resolved"),
                event(new AgreementTerminated(MOU, AT, "Replaced", "x", List.of(SMB, KNOWSLEY)), List.of(SMB, KNOWSLEY),
                        "terminated from " + AT + ": Replaced"),
                event(new CertificateRegistered("ab12", SMB, "CN=merseyside-smb", "CN=CA", "1f", AT, AT, "MII=", "x"),
                        List.of(SMB), "merseyside-smb", "ab12"),
                event(new CertificateRevoked("ab12", SMB, AT, "Key lost", "x"), List.of(SMB),
                        "merseyside-smb revoked signing certificate ab12 from " + AT + ": Key lost"),
                event(new CertificateRevocationBackdated("ab12", SMB, AT, AT.minusSeconds(3600), "Earlier", "x"),
                        List.of(SMB), "moved the revocation of signing certificate ab12 back", "Earlier"),
                event(new CsodsApplicationReceived(CASE, POLICE, SOMEONE, SOMEONE, List.of(SOMEONE, SOMEONE), SECRET, AT,
                                Map.of(CsodsDeadline.WHOLE_CASE, AT), "x"), List.of(POLICE),
                        "merseyside-police received CSODS application " + CASE + " (2 children)"),
                event(new CsodsApplicationReceived(CASE, POLICE, SOMEONE, SOMEONE, List.of(SOMEONE), SECRET, AT,
                        Map.of(), "x"), List.of(POLICE), "(1 child)"),
                event(new CsodsInitialChecksCompleted(CASE, POLICE, AT, "x"), List.of(POLICE), "initial checks completed"),
                event(new CsodsFaceToFaceMeetingHeld(CASE, POLICE, AT, true, "x"), List.of(POLICE),
                        "face-to-face meeting held, identity verified"),
                event(new CsodsRiskAssessmentCompleted(CASE, POLICE, AT, 1, 2, "x"), List.of(POLICE),
                        "risk assessment completed (MAPPA category 1, level 2)"),
                event(new CsodsRiskAssessmentCompleted(CASE, POLICE, AT, 3, null, "x"), List.of(POLICE),
                        "risk assessment completed (MAPPA category 3)"),
                event(new CsodsRiskAssessmentCompleted(CASE, POLICE, AT, null, null, "x"), List.of(POLICE),
                        "risk assessment completed"),
                event(new CsodsDisclosureDecided(CASE, POLICE, AT, true, SECRET, List.of("DI"), List.of(KNOWSLEY, WIRRAL),
                        "x"), List.of(POLICE, KNOWSLEY, WIRRAL), "decided to disclose after consulting 2 agencies"),
                event(new CsodsDisclosureDecided(CASE, POLICE, AT, false, SECRET, List.of("DI"), List.of(), "x"),
                        List.of(POLICE), "decided not to disclose after consulting 0 agencies"),
                event(new CsodsDisclosureMade(CASE, POLICE, AT, SOMEONE, true, true, "x"), List.of(POLICE),
                        "merseyside-police made the CSODS disclosure of case " + CASE + " in person to the applicant",
                        PERSON.toString()),
                event(new CsodsDisclosureMade(CASE, POLICE, AT, SOMEONE, false, true, "x"), List.of(POLICE),
                        "to the person best placed to protect the child"),
                event(new CsodsUndertakingRecorded(CASE, POLICE, AT, true, null, "x"), List.of(POLICE),
                        "confidentiality undertaking signed"),
                event(new CsodsUndertakingRecorded(CASE, POLICE, AT, false, SECRET, "x"), List.of(POLICE),
                        "disclosed without a confidentiality undertaking, reason recorded"),
                event(new CsodsCaseClosed(CASE, POLICE, AT, true, "x"), List.of(POLICE), "closed after disclosure"),
                event(new CsodsCaseClosed(CASE, POLICE, AT, false, "x"), List.of(POLICE), "closed without disclosure"),
                event(new CsodsDeadlineExtended(CASE, POLICE, CsodsDeadline.WHOLE_CASE, AT, AT.plusSeconds(60), SECRET,
                        "x"), List.of(POLICE), "WHOLE_CASE deadline extended to " + AT.plusSeconds(60)),
                event(new CsodsDeadlineMissed(CASE, POLICE, CsodsDeadline.INITIAL_CHECKS, AT), List.of(POLICE),
                        "missed its INITIAL_CHECKS deadline (" + AT + ")"),
                event(new MeetingNotified("m1", SMB, KNOWSLEY, AT, 3, AT, null, "x"), List.of(SMB, KNOWSLEY),
                        "merseyside-smb notified knowsley-lscb of a level 3 MAPPA meeting on " + AT),
                event(new MeetingNotified("m1", SMB, KNOWSLEY, AT, 2, AT, "Release", "x"), List.of(SMB, KNOWSLEY),
                        "at short notice (reason recorded)"),
                event(new AttendanceConfirmed("m1", SMB, KNOWSLEY, "Team manager", AT, "x"), List.of(SMB, KNOWSLEY),
                        "knowsley-lscb", "Team manager"),
                event(new AttendanceRecorded("m1", SMB, KNOWSLEY, true, false, null, AT, "x"), List.of(SMB, KNOWSLEY),
                        "knowsley-lscb attended MAPPA meeting m1"),
                event(new AttendanceRecorded("m1", SMB, KNOWSLEY, false, true, "Ill", AT, "x"), List.of(SMB, KNOWSLEY),
                        "did not attend MAPPA meeting m1 (explained)"),
                event(new AttendanceRecorded("m1", SMB, KNOWSLEY, false, false, null, AT, "x"), List.of(SMB, KNOWSLEY),
                        "did not attend MAPPA meeting m1 without explanation"),
                event(new NonAttendanceEscalated("m1", SMB, KNOWSLEY, NonAttendanceEscalated.TO_LINE_MANAGER, 1),
                        List.of(SMB, KNOWSLEY), "escalated to the agency's line manager by the chair"),
                event(new NonAttendanceEscalated("m1", SMB, KNOWSLEY, NonAttendanceEscalated.TO_SMB, 2),
                        List.of(SMB, KNOWSLEY), "escalated to the MAPPA SMB (repeat failure, 2 in all)"),
                event(new SfoNotified("s1", SMB, KNOWSLEY, "BUSINESS_MANAGER", true, true, SECRET, AT, AT, AT, "x"),
                        List.of(SMB, KNOWSLEY), "merseyside-smb notified the business manager of knowsley-lscb",
                        "a child was involved", "acknowledgement due by " + AT),
                event(new SfoNotified("s1", SMB, KNOWSLEY, "CHAIR", false, true, SECRET, AT, AT, AT, "x"),
                        List.of(SMB, KNOWSLEY), "notified the chair", "risk to children"),
                event(new SfoAcknowledged("s1", SMB, KNOWSLEY, AT, "x"), List.of(SMB, KNOWSLEY), "knowsley-lscb", "s1"),
                event(new SfoEscalated("s1", SMB, KNOWSLEY, SfoEscalated.TO_COORDINATOR, AT), List.of(SMB, KNOWSLEY),
                        "SFO notification s1 to knowsley-lscb not acknowledged by " + AT, "escalated to the MAPPA co-ordinator"),
                event(new SfoEscalated("s1", SMB, KNOWSLEY, "SMB_CHAIR", AT), List.of(SMB, KNOWSLEY),
                        "escalated to the SMB chair"),
                event(new SubjectErased(PERSON, POLICE, "Retention over", "x"), List.of(POLICE), PERSON.toString(),
                        "Retention over"),
                event(new ShareRequestDeclined(RefusalId.random(), SMB, KNOWSLEY, Category.CASE_INFORMATION, "Minutes",
                        "Not necessary", AT, AT, "x"), List.of(SMB, KNOWSLEY), "merseyside-smb", "knowsley-lscb",
                        "CASE_INFORMATION", "Not necessary"),
                event(new ShareAcknowledged(SHARE, SMB, KNOWSLEY, AT, "x"), List.of(SMB, KNOWSLEY),
                        "knowsley-lscb acknowledged receipt of share " + SHARE + " from merseyside-smb"),
                event(new ShareRemarked(SHARE, SMB, List.of(KNOWSLEY), List.of(OFSTED), ProtectiveMarking.official(), null,
                                new ProtectiveMarking(Classification.SECRET, false, List.of()), "Names an operation", "x"),
                        List.of(SMB, KNOWSLEY, OFSTED), "merseyside-smb re-marked share " + SHARE + " from OFFICIAL to SECRET:"
                                + " Names an operation"),
                event(new ShareRemarked(SHARE, SMB, List.of(KNOWSLEY), null, null, LegacyMarking.RESTRICTED,
                        ProtectiveMarking.official(), "Re-marked under GSC", "x"), List.of(SMB, KNOWSLEY), "to OFFICIAL"),
                event(new ShareCorrected(SHARE, SMB, List.of(KNOWSLEY), List.of(KNOWSLEY), "New", "Why",
                                LawfulBasis.CJA_2003_S325, new ContentDigest("b".repeat(64)), AT, AT, "Typo", "x"),
                        List.of(SMB, KNOWSLEY), "merseyside-smb corrected title, purpose, lawfulBasis, contentSha256,"
                                + " sharedAt of share " + SHARE + ": Typo"),
                event(new ShareWithdrawn(SHARE, SMB, List.of(KNOWSLEY, WIRRAL), List.of(OFSTED), "Sent in error", AT,
                        "x"), List.of(SMB, KNOWSLEY, WIRRAL, OFSTED), "withdrew share " + SHARE, "Sent in error"),
                event(new CopyDestroyed(SHARE, SMB, KNOWSLEY, DestructionReason.WITHDRAWN, AT, "x"),
                        List.of(SMB, KNOWSLEY), "knowsley-lscb destroyed its copy of share " + SHARE + " (WITHDRAWN)"),
                event(new CopyDestroyed(SHARE, SMB, SMB, DestructionReason.RETENTION_EXPIRED, AT, "x"), List.of(SMB),
                        "merseyside-smb destroyed its copy"),
                event(new OnwardDisclosureRecorded(SHARE, 1, SMB, KNOWSLEY, "Ofsted", OFSTED, "Inspection",
                                "CHILDREN_ACT_2004", "", AT, "e30=", "AAAA", "ab12", AT, AT, "x", "c1"),
                        List.of(SMB, KNOWSLEY, OFSTED), "knowsley-lscb disclosed share " + SHARE + " to Ofsted for"
                                + " 'Inspection' with the written consent of merseyside-smb (signed by certificate ab12)"),
                event(new OnwardDisclosureRecorded(SHARE, 1, SMB, KNOWSLEY, "A newspaper", null, "Story",
                        "CHILDREN_ACT_2004", "", AT, "e30=", "AAAA", "ab12", AT, AT, "x", null), List.of(SMB, KNOWSLEY),
                        "to A newspaper"),
                event(new OnwardDisclosureRefused(SHARE, SMB, KNOWSLEY, "bad-signature", "No good", AT, "x"),
                        List.of(SMB, KNOWSLEY), "Refused an onward disclosure of share " + SHARE
                                + " by knowsley-lscb (bad-signature): No good"));
    }

    static Arguments event(LedgerEvent event, List<BodyId> bodies, String... said) {
        return Arguments.of(event.getClass().getSimpleName(), event, bodies, said);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEventNamesItsBodiesAndSaysWhatHappened(String type, LedgerEvent event, List<BodyId> bodies,
                                                     String[] said) {
        assertThat(event.bodiesInvolved()).containsExactlyElementsOf(bodies);
        assertThat(event.summary()).contains(said).doesNotContain("c2VhbGVk");
    }
}
