package uk.mappa.ledger.projections.foi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.mappa.ledger.core.foi.FoiEvent;

/**
 * A Freedom of Information request involving a MAPPA case and where its handling stands.
 *
 * @param status          {@value #OPEN} or {@value #RELEASED}
 * @param readyToRelease  whether the co-ordinator and police lead were consulted and every interested party heard
 * @param late            for a released response, whether it was released after the due date
 * @param overdue         still open after its due date, on the day it is read
 */
public record FoiRequestView(String id, String receivingBodyId, LocalDate receivedOn, LocalDate dueOn, String summary,
                             String smbBodyId, String policeLeadBodyId, List<Consultation> consultations,
                             List<InterestedParty> interestedParties, String status, boolean readyToRelease,
                             LocalDate releasedOn, String outcome, List<String> exemptions, boolean late,
                             boolean overdue) {

    public static final String OPEN = "OPEN";
    public static final String RELEASED = "RELEASED";

    public FoiRequestView {
        consultations = List.copyOf(consultations);
        interestedParties = List.copyOf(interestedParties);
        exemptions = List.copyOf(exemptions);
    }

    /** What the MAPPA co-ordinator or the police lead said; a later consultation of the same one replaces it. */
    public record Consultation(String consultee, String bodyId, String view, String recordedBy, Instant at) {
    }

    /** An interested party, the likely response it was told and its view (null until given). */
    public record InterestedParty(String bodyId, String likelyResponse, Instant informedAt, String view,
                                  Instant viewRecordedAt) {
    }

    /** Every body the request concerns. */
    public List<String> parties() {
        List<String> parties = new ArrayList<>(List.of(receivingBodyId, smbBodyId, policeLeadBodyId));
        interestedParties.stream().map(InterestedParty::bodyId).forEach(parties::add);
        return parties.stream().distinct().toList();
    }

    /** Open past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status.equals(OPEN) && today.isAfter(dueOn);
    }

    /** The view as read on {@code today}: whether it is overdue is decided then. */
    public FoiRequestView readOn(LocalDate today) {
        return new FoiRequestView(id, receivingBodyId, receivedOn, dueOn, summary, smbBodyId, policeLeadBodyId,
                consultations, interestedParties, status, readyToRelease, releasedOn, outcome, exemptions, late,
                overdueOn(today));
    }

    /** The view after one more event; {@code current} is null before the request was logged. */
    public static FoiRequestView evolve(FoiRequestView current, FoiEvent event, Instant at) {
        if (event instanceof FoiEvent.FoiRequestLogged logged) {
            return new FoiRequestView(logged.requestId().toString(), logged.receivingBody().value(),
                    logged.receivedOn(), logged.dueOn(), logged.summary(), logged.smb().value(),
                    logged.policeLead().value(), List.of(), logged.interestedParties().stream()
                    .map(party -> new InterestedParty(party.value(), null, null, null, null)).toList(), OPEN,
                    false, null, null, List.of(), false, false).withReadiness();
        }
        List<Consultation> consultations = new ArrayList<>(current.consultations);
        List<InterestedParty> parties = new ArrayList<>(current.interestedParties);
        if (event instanceof FoiEvent.FoiConsulted consulted) {
            consultations.removeIf(consultation -> consultation.consultee().equals(consulted.consultee().name()));
            consultations.add(new Consultation(consulted.consultee().name(), consulted.consulteeBody().value(),
                    consulted.view(), consulted.recordedBy(), at));
        } else if (event instanceof FoiEvent.FoiPartyInformed informed) {
            parties.replaceAll(party -> party.bodyId().equals(informed.party().value())
                    ? new InterestedParty(party.bodyId(), informed.likelyResponse(), at, null, null) : party);
        } else if (event instanceof FoiEvent.FoiPartyViewRecorded heard) {
            parties.replaceAll(party -> party.bodyId().equals(heard.party().value())
                    ? new InterestedParty(party.bodyId(), party.likelyResponse(), party.informedAt(), heard.view(), at)
                    : party);
        } else if (event instanceof FoiEvent.FoiResponseReleased released) {
            return new FoiRequestView(current.id, current.receivingBodyId, current.receivedOn, current.dueOn,
                    current.summary, current.smbBodyId, current.policeLeadBodyId, consultations, parties, RELEASED,
                    false, released.releasedOn(), released.outcome().name(), released.exemptions(), released.late(),
                    false);
        }
        return new FoiRequestView(current.id, current.receivingBodyId, current.receivedOn, current.dueOn,
                current.summary, current.smbBodyId, current.policeLeadBodyId, consultations, parties, current.status,
                false, null, null, List.of(), false, false).withReadiness();
    }

    private FoiRequestView withReadiness() {
        boolean ready = consultations.size() == uk.mappa.ledger.core.foi.Consultee.values().length
                && interestedParties.stream().allMatch(party -> party.view() != null);
        return new FoiRequestView(id, receivingBodyId, receivedOn, dueOn, summary, smbBodyId, policeLeadBodyId,
                consultations, interestedParties, status, ready, releasedOn, outcome, exemptions, late, false);
    }
}
