package uk.mappa.ledger.api.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Positions read from Axon's stored tracking tokens, as another node left them. */
class ProjectionPositionsTest {

    static long position(String token) {
        return progress(token).index();
    }

    static ProjectionPositions.Progress progress(String token) {
        return ProjectionPositions.progress(token == null ? null : token.getBytes(StandardCharsets.UTF_8));
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
    void aTokensGapsAreKeptLowestFirst() {
        assertThat(progress("{\"index\":1234,\"gaps\":[1210,1200]}").gaps()).containsExactly(1200L, 1210L);
        assertThat(progress("{\"index\":1234}").gaps()).isEmpty();
        assertThat(ProjectionPositions.progress(new org.axonframework.eventhandling.GapAwareTrackingToken(1234,
                java.util.List.of(1210L, 1200L)))).isEqualTo(new ProjectionPositions.Progress(1234,
                java.util.List.of(1200L, 1210L)));
        assertThat(ProjectionPositions.progress((org.axonframework.eventhandling.TrackingToken) null))
                .isEqualTo(ProjectionPositions.Progress.NONE);
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
