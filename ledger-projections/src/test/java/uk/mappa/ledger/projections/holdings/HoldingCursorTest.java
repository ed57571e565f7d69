package uk.mappa.ledger.projections.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HoldingCursorTest {

    @Test
    void aCursorIsAnOpaqueTokenThatReadsBackWhole() {
        HoldingCursor cursor = new HoldingCursor(Instant.parse("2026-03-01T10:00:00.123456Z"), UUID.randomUUID(),
                "knowsley-lscb");
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
        assertThat(HoldingCursor.decode(cursor.encode())).contains(cursor);
    }

    @Test
    void tokensTheLedgerDidNotMakeAreNotCursors() {
        for (String token : List.of("", "!!", "bm90IGEgY3Vyc29y", encode("2026-03-01T10:00:00Z|not-a-uuid|knowsley-lscb"),
                encode("yesterday|" + UUID.randomUUID() + "|knowsley-lscb"),
                encode("2026-03-01T10:00:00Z|" + UUID.randomUUID() + "|Not A Body"),
                encode("2026-03-01T10:00:00Z|" + UUID.randomUUID()))) {
            assertThat(HoldingCursor.decode(token)).as(token).isEmpty();
        }
    }

    static String encode(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes());
    }
}
