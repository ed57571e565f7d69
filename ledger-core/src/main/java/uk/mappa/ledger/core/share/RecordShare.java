package uk.mappa.ledger.core.share;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.mappa.ledger.core.actor.Actor;
import uk.mappa.ledger.core.agreement.AgreementId;
import uk.mappa.ledger.core.arrangement.HandlingArrangementId;
import uk.mappa.ledger.core.body.BodyId;

/**
 * Record that a provider body shared a document with one or more recipient bodies, under an agreement.
 *
 * @param marking       the protective marking; may be null only for material from before April 2014
 *                      that carries a {@code legacyMarking}
 * @param retainUntil   when copies are due for destruction, or null for the agreement's retention
 * @param sharedAt      when the document was shared
 * @param recordedAt    when the ledger is asked to record it; a share cannot have happened after this
 * @param actor         who asks; must be a business manager of the provider
 * @param handlingArrangement for case information, the handling arrangement it is shared under; else null
 * @param link          the record it comes from (a case review for learning), or null
 */
public record RecordShare(@TargetAggregateIdentifier ShareId shareId,
                          AgreementId agreementId,
                          Category category,
                          String title,
                          BodyId provider,
                          List<BodyId> recipients,
                          LawfulBasis lawfulBasis,
                          String purpose,
                          ProtectiveMarking marking,
                          LegacyMarking legacyMarking,
                          ContentDigest content,
                          Instant sharedAt,
                          Instant retainUntil,
                          Instant recordedAt,
                          Actor actor,
                          HandlingArrangementId handlingArrangement,
                          ShareLink link) {

    public RecordShare {
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(lawfulBasis, "lawfulBasis");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sharedAt, "sharedAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
    }

    /** A share made under its agreement alone. */
    public RecordShare(ShareId shareId, AgreementId agreementId, Category category, String title, BodyId provider,
                       List<BodyId> recipients, LawfulBasis lawfulBasis, String purpose, ProtectiveMarking marking,
                       LegacyMarking legacyMarking, ContentDigest content, Instant sharedAt, Instant retainUntil,
                       Instant recordedAt, Actor actor) {
        this(shareId, agreementId, category, title, provider, recipients, lawfulBasis, purpose, marking, legacyMarking,
                content, sharedAt, retainUntil, recordedAt, actor, null, null);
    }
}
