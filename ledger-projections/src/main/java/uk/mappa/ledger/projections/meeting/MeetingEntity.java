package uk.mappa.ledger.projections.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "mappa_meeting_notice")
class MeetingEntity {

    @Id
    @Column(name = "notice_id")
    private String id;
    @Column(name = "smb_body_id")
    private String smb;
    @Column(name = "agency_body_id")
    private String agency;
    @Column(name = "meeting_at")
    private Instant meetingAt;
    private int level;
    @Column(name = "notice_at")
    private Instant noticeAt;
    @Column(name = "short_notice")
    private boolean shortNotice;
    @Column(name = "confirmed_role")
    private String confirmedRole;
    private Boolean attended;
    private Boolean explained;
    @Column(name = "escalated_to")
    private String escalatedTo;

    protected MeetingEntity() {
    }

    MeetingEntity(MeetingView notified) {
        this.id = notified.noticeId();
        this.smb = notified.smbBodyId();
        this.agency = notified.agencyBodyId();
        this.meetingAt = notified.meetingAt();
        this.level = notified.level();
        this.noticeAt = notified.noticeAt();
        this.shortNotice = notified.shortNotice();
    }

    void confirm(String role) {
        this.confirmedRole = role;
    }

    void attendance(boolean attended, boolean explained) {
        this.attended = attended;
        this.explained = explained;
    }

    void escalate(String to) {
        this.escalatedTo = to;
    }

    MeetingView toView() {
        return new MeetingView(id, smb, agency, meetingAt, level, noticeAt, shortNotice, confirmedRole, attended,
                explained, escalatedTo, null);
    }
}
