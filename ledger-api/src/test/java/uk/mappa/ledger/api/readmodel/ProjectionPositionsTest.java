package uk.mappa.ledger.api.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Positions read from Axon's stored tracking tokens, as another node left them. */
class ProjectionPositionsTest {

    static long position(String token) {
        return ProjectionPositions.position(token == null ? null : token.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTokensPositionIsItsIndexOrDuringAReplayTheIndexItHasReached() {
        assertThat(position("{\"index\":1234,\"gaps\":[1200]}")).isEqualTo(1234);
        assertThat(position("{\"tokenAtReset\":{\"index\":900},\"currentToken\":{\"index\":56}}")).isEqualTo(56);
        assertThat(position("{\"tokenAtReset\":[\"org.axonframework.eventhandling.GapAwareTrackingToken\","
                + "{\"index\":900}],\"currentToken\":[\"org.axonframework.eventhandling.GapAwareTrackingToken\","
                + "{\"index\":57,\"gaps\":[]}]}")).isEqualTo(57);
    }

    @Test
    void aTokenWithoutAPositionCountsAsNotStarted() {
        assertThat(position(null)).isEqualTo(-1);
        assertThat(position("{\"tokenAtReset\":{\"index\":900},\"currentToken\":null}")).isEqualTo(-1);
        assertThat(position("{}")).isEqualTo(-1);
        assertThat(position("not json")).isEqualTo(-1);
        assertThat(position("[]")).isEqualTo(-1);
    }
}
