package uk.mappa.ledger.core.personal;

import java.util.Objects;

/**
 * A piece of personal data encrypted (AES-GCM) under its subject's key: {@code ciphertext} is the base64 of
 * the nonce followed by the encrypted bytes and tag. Once the subject's key is destroyed nobody can read it,
 * while the events that carry it stay intact.
 */
public record Sealed(SubjectId subject, String ciphertext) {

    public Sealed {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }
}
