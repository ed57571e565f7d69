package uk.mappa.ledger.core.consent;

import java.time.Instant;

/** What checking a signed consent found: a valid consent, or the reason it is refused. */
public sealed interface ConsentCheck {

    /** The consent is valid. */
    record Valid(ConsentDocument document, String signerFingerprint, Instant judgedAt) implements ConsentCheck {
    }

    /** The consent is refused; {@code code} is one of the stable refusal codes. */
    record Refused(String code, String detail) implements ConsentCheck {
    }
}
