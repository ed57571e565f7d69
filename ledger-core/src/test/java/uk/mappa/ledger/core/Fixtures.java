package uk.mappa.ledger.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.actor.Role;
import uk.mappa.ledger.core.agreement.AgreementAccepted;
import uk.mappa.ledger.core.agreement.AgreementActivated;
import uk.mappa.ledger.core.agreement.AgreementDrafted;
import uk.mappa.ledger.core.agreement.AgreementEvent;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.agreement.AgreementKind;
import uk.mappa.ledger.core.agreement.AgreementRegister;
import uk.mappa.ledger.core.agreement.AgreementTerms;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.body.BodyKind;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.body.MappaArea;
import uk.mappa.ledger.core.body.RegisteredBody;
import uk.mappa.ledger.core.share.Category;
import uk.mappa.ledger.core.share.LawfulBasis;

/** The Merseyside bodies and the MoU between them, as test fixtures. */
public final class Fixtures {

    public static final MappaArea MERSEYSIDE = new MappaArea("merseyside");
    public static final MappaArea HAMPSHIRE = new MappaArea("hampshire-iow");
    public static final BodyId SMB = new BodyId("merseyside-smb");
    public static final BodyId KNOWSLEY = new BodyId("knowsley-lscb");
    public static final BodyId WIRRAL = new BodyId("wirral-lscb");
    public static final BodyId PORTSMOUTH = new BodyId("portsmouth-lscp");
    public static final BodyId POLICE = new BodyId("merseyside-police");
    public static final Actor CSODS_OFFICER = new Actor("csods.merseyside-police", POLICE, Set.of(Role.CSODS_OFFICER),
            MERSEYSIDE);
    public static final Actor SMB_MANAGER = manager(SMB);
    public static final Actor KNOWSLEY_MANAGER = manager(KNOWSLEY);
    public static final Actor WIRRAL_MANAGER = manager(WIRRAL);
    public static final Actor MERSEYSIDE_IG = new Actor("ig.merseyside", null, Set.of(Role.IG_LEAD), MERSEYSIDE);

    public static final BodyRegister BODIES = id -> Optional.ofNullable(Map.of(
            SMB, new RegisteredBody(SMB, "Merseyside SMB", BodyKind.SMB, MERSEYSIDE),
            KNOWSLEY, new RegisteredBody(KNOWSLEY, "Knowsley LSCB", BodyKind.LSCB, MERSEYSIDE),
            WIRRAL, new RegisteredBody(WIRRAL, "Wirral LSCB", BodyKind.LSCB, MERSEYSIDE),
            PORTSMOUTH, new RegisteredBody(PORTSMOUTH, "Portsmouth LSCP", BodyKind.LSCP, HAMPSHIRE),
            POLICE, new RegisteredBody(POLICE, "Merseyside Police", BodyKind.RA_AGENCY, MERSEYSIDE)).get(id));

    public static final AgreementId MOU = AgreementId.named("test-mou");
    public static final LocalDate MOU_EFFECTIVE = LocalDate.parse("2020-01-01");

    public static final AgreementDrafted MOU_DRAFTED = new AgreementDrafted(MOU, AgreementKind.MOU,
            "Merseyside MoU", List.of(SMB, KNOWSLEY, WIRRAL),
            List.of(Category.ANNUAL_REPORT, Category.TRAINING, Category.SCR_LEARNING),
            List.of(LawfulBasis.CJA_2003_S325, LawfulBasis.CHILDREN_ACT_2004), MOU_EFFECTIVE,
            LocalDate.parse("2027-01-01"), Period.ofYears(3), "ig.merseyside");

    public static final List<AgreementEvent> MOU_IN_FORCE = List.of(MOU_DRAFTED,
            new AgreementAccepted(MOU, SMB, "SMB Chair", MOU_EFFECTIVE, "manager.merseyside-smb"),
            new AgreementAccepted(MOU, KNOWSLEY, "LSCB Chair", MOU_EFFECTIVE, "manager.knowsley-lscb"),
            new AgreementAccepted(MOU, WIRRAL, "LSCB Chair", MOU_EFFECTIVE, "manager.wirral-lscb"),
            new AgreementActivated(MOU, Instant.parse("2020-01-01T00:00:00Z"), List.of(SMB, KNOWSLEY, WIRRAL)));

    /** The MoU amended to cover case information, shared only under a handling arrangement (HIPS 6.2). */
    public static final List<AgreementEvent> MOU_REQUIRING_ARRANGEMENTS = java.util.stream.Stream.concat(
            MOU_IN_FORCE.stream(), java.util.stream.Stream.of(new uk.mappa.ledger.core.agreement.AgreementAmended(MOU, 2,
                    "Case information for reviews", "Chair", LocalDate.parse("2020-01-01"),
                    List.of(Category.ANNUAL_REPORT, Category.CASE_INFORMATION), MOU_DRAFTED.lawfulBases(), null, true,
                    "ig.merseyside", MOU_DRAFTED.parties()))).toList();

    /** No handling arrangements have been agreed. */
    public static final uk.mappa.ledger.core.arrangement.HandlingArrangements NO_ARRANGEMENTS = id -> Optional.empty();

    /** No case reviews or other records for a share to link to. */
    public static final uk.mappa.ledger.core.share.LinkedRecords NO_LINKS = links(List.of(), List.of());

    /** Case reviews and minutes requests a share may link to. */
    public static uk.mappa.ledger.core.share.LinkedRecords links(List<uk.mappa.ledger.core.review.ReviewTerms> reviews,
                                                                List<uk.mappa.ledger.core.share.MinutesDisclosure> minutes) {
        return new uk.mappa.ledger.core.share.LinkedRecords() {
            @Override
            public Optional<uk.mappa.ledger.core.review.ReviewTerms> caseReview(uk.mappa.ledger.core.review.CaseReviewId id) {
                return reviews.stream().filter(review -> review.id().equals(id)).findFirst();
            }

            @Override
            public Optional<uk.mappa.ledger.core.share.MinutesDisclosure> minutesRequest(java.util.UUID id) {
                return minutes.stream().filter(request -> request.requestId().equals(id)).findFirst();
            }
        };
    }

    private Fixtures() {
    }

    public static Actor manager(BodyId body) {
        return new Actor("manager." + body, body, Set.of(Role.BUSINESS_MANAGER), MERSEYSIDE);
    }

    /** An agreement register holding the agreement these events describe. */
    public static AgreementRegister agreements(List<AgreementEvent> events) {
        AgreementTerms terms = null;
        for (AgreementEvent event : events) {
            terms = AgreementTerms.evolve(terms, event);
        }
        AgreementTerms found = terms;
        return id -> found != null && found.id().equals(id) ? Optional.of(found) : Optional.empty();
    }
}
