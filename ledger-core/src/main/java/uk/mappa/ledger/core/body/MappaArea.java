package uk.mappa.ledger.core.body;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One of the MAPPA areas of England and Wales (there are 42), named by a slug such as
 * {@code merseyside}. Information governance leads are responsible for an area.
 */
public record MappaArea(String value) {

    private static final Pattern PATTERN = Pattern.compile(BodyId.FORMAT);

    public MappaArea {
        Objects.requireNonNull(value, "MAPPA area");
        if (!PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("A MAPPA area is lower-case words joined by hyphens, such as"
                    + " 'merseyside'; got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
