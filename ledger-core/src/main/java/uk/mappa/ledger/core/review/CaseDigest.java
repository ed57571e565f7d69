package uk.mappa.ledger.core.review;

import java.util.Objects;

/**
 * A case reference as the ledger keeps it: an HMAC-SHA-256 under a key held apart from the database, in hex.
 * Two boards that name the same case get the same digest, so each learns of the other's review, while the
 * reference itself (often guessable: a date, a name, a crime number) is never stored.
 */
public record CaseDigest(String hex) {

    public static final String FORMAT = "^[0-9a-f]{64}$";

    public CaseDigest {
        Objects.requireNonNull(hex, "case digest");
        if (!hex.matches(FORMAT)) {
            throw new IllegalArgumentException("A case digest is 64 lower-case hex digits");
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
