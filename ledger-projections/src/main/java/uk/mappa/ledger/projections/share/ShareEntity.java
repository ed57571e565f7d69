package uk.mappa.ledger.projections.share;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "share_record")
class ShareEntity {

    @Id
    @Column(name = "share_id")
    private UUID id;
    private String category;
    private String title;
    @Column(name = "provider_body_id")
    private String provider;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "share_recipient", joinColumns = @JoinColumn(name = "share_id"))
    @OrderColumn(name = "position")
    @Column(name = "body_id")
    private List<String> recipients = new ArrayList<>();
    @Column(name = "lawful_basis")
    private String lawfulBasis;
    private String purpose;
    private String classification;
    private boolean sensitive;
    /** Descriptor names separated by spaces, as they are written after the caveat. */
    private String descriptors;
    @Column(name = "content_sha256")
    private String contentSha256;
    @Column(name = "shared_at")
    private Instant sharedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ShareEntity() {
    }

    ShareEntity(ShareView view) {
        this.id = UUID.fromString(view.id());
        this.category = view.category();
        this.title = view.title();
        this.provider = view.providerBodyId();
        this.recipients = new ArrayList<>(view.recipientBodyIds());
        this.lawfulBasis = view.lawfulBasis();
        this.purpose = view.purpose();
        this.classification = view.marking().classification();
        this.sensitive = view.marking().sensitive();
        this.descriptors = String.join(" ", view.marking().descriptors());
        this.contentSha256 = view.contentSha256();
        this.sharedAt = view.sharedAt();
        this.recordedBy = view.recordedBy();
        this.recordedAt = view.recordedAt();
    }

    ShareView toView() {
        List<String> descriptorList = descriptors == null || descriptors.isBlank()
                ? List.of()
                : Arrays.asList(descriptors.split(" "));
        return new ShareView(id.toString(), category, title, provider, List.copyOf(recipients), lawfulBasis, purpose,
                new ShareView.Marking(classification, sensitive, List.copyOf(descriptorList)), contentSha256,
                sharedAt, recordedBy, recordedAt);
    }
}
