package uk.mappa.ledger.core.share;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * SHA-256 of a shared document, as 64 hexadecimal digits. The ledger never stores the content itself,
 * only this digest, so a holder can later prove which document they received.
 */
public record ContentDigest(String sha256) {

    public static final String FORMAT = "^[0-9a-fA-F]{64}$";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public ContentDigest {
        Objects.requireNonNull(sha256, "sha256");
        if (!PATTERN.matcher(sha256).matches()) {
            throw new IllegalArgumentException("A SHA-256 digest is 64 hexadecimal digits");
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return sha256;
    }
}
