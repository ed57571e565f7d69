package uk.mappa.ledger.projections.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "minutes_request")
class MinutesRequestEntity {

    @Id
    @Column(name = "request_id")
    private String id;
    @Column(name = "smb_body_id")
    private String smb;
    @Column(name = "chair_body_id")
    private String chairBody;
    @Column(name = "meeting_on")
    private LocalDate meetingOn;
    @Column(name = "meeting_level")
    private int meetingLevel;
    private String requester;
    @Column(name = "requester_body_id")
    private String requesterBody;
    private String purpose;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    private String status;
    private String reasons;
    @Column(name = "executive_summary_sha256")
    private String executiveSummarySha256;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected MinutesRequestEntity() {
    }

    MinutesRequestEntity(String id, String smb, String chairBody, LocalDate meetingOn, int meetingLevel,
                         String requester, String requesterBody, String purpose, LocalDate receivedOn) {
        this.id = id;
        this.smb = smb;
        this.chairBody = chairBody;
        this.meetingOn = meetingOn;
        this.meetingLevel = meetingLevel;
        this.requester = requester;
        this.requesterBody = requesterBody;
        this.purpose = purpose;
        this.receivedOn = receivedOn;
        this.status = MinutesRequestView.AWAITING_DECISION;
    }

    String id() {
        return id;
    }

    void decide(boolean disclose, String reasons, String summarySha256, String decidedBy, Instant at) {
        this.status = disclose ? MinutesRequestView.DISCLOSURE_AGREED : MinutesRequestView.REFUSED;
        this.reasons = reasons;
        this.executiveSummarySha256 = summarySha256;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }

    MinutesRequestView toView(List<String> disclosedInShares) {
        return new MinutesRequestView(id, smb, chairBody, meetingOn, meetingLevel, requester, requesterBody, purpose,
                receivedOn, status, reasons, executiveSummarySha256, decidedBy, decidedAt, disclosedInShares);
    }
}
