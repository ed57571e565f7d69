package uk.mappa.ledger.projections.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One annual report as one recipient board received it, and whether that board has considered it. */
@Entity
@Table(name = "annual_report")
@IdClass(AnnualReportEntity.Key.class)
class AnnualReportEntity {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Key(String shareId, String board) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "share_id")
    private String shareId;
    @Id
    @Column(name = "board_body_id")
    private String board;
    @Column(name = "provider_body_id")
    private String provider;
    @Column(name = "shared_at")
    private Instant sharedAt;
    private boolean withdrawn;
    @Column(name = "considered_on")
    private LocalDate consideredOn;
    /** A JSON array of the priorities the board took into its business plan. */
    private String priorities;

    protected AnnualReportEntity() {
    }

    /** A recipient's copy of a report just shared, which cannot be stored yet ({@link #INSERT}). */
    AnnualReportEntity(String shareId, String board, String provider, Instant sharedAt) {
        this.shareId = shareId;
        this.board = board;
        this.provider = provider;
        this.sharedAt = sharedAt;
    }

    String provider() {
        return provider;
    }

    String board() {
        return board;
    }

    void considered(LocalDate meetingOn, List<String> adopted) {
        this.consideredOn = meetingOn;
        this.priorities = JSON.writeValueAsString(adopted);
    }

    void redate(Instant newSharedAt) {
        this.sharedAt = newSharedAt;
    }

    void withdraw() {
        this.withdrawn = true;
    }

    AnnualReportView toView() {
        return new AnnualReportView(shareId, provider, board, sharedAt, consideredOn,
                priorities == null ? null : JSON.readValue(priorities, new TypeReference<List<String>>() {
                }));
    }

    static final String INSERT = "insert into annual_report (share_id, board_body_id, provider_body_id, shared_at,"
            + " withdrawn, considered_on, priorities) values (?, ?, ?, ?, ?, ?, ?)";

    Key key() {
        return new Key(shareId, board);
    }

    String shareId() {
        return shareId;
    }

    /** The values of a new report's row, in {@link #INSERT}'s order. */
    Object[] columns() {
        return new Object[] {shareId, board, provider, sharedAt.atOffset(java.time.ZoneOffset.UTC), withdrawn,
                consideredOn == null ? null : java.sql.Date.valueOf(consideredOn), priorities};
    }
}
