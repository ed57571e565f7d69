package uk.mappa.ledger.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.mappa.ledger.verify.Cosignature;
import uk.mappa.ledger.verify.LogSigningKey;
import uk.mappa.ledger.verify.SignedNote;

/** A log misconfigured is refused at start-up with the setting named, not discovered when a witness is asked. */
class LogPropertiesTest {

    static final LogSigningKey KEY = LogSigningKey.generate();
    static final String WITNESS = Cosignature.verifierKey("board.example/witness", KEY.publicKey());

    static LogProperties with(String origin, List<LogProperties.WitnessEndpoint> witnesses, int quorum) {
        return new LogProperties(null, origin, null, null, witnesses, quorum);
    }

    @Test
    void defaultsNameTheLogAndAskNoWitness() {
        LogProperties defaults = with(null, null, 0);
        assertThat(defaults.origin()).isEqualTo("localhost/mappa-ledger");
        assertThat(defaults.witnesses()).isEmpty();
        assertThat(defaults.gapWindow()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.sealInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aWitnessNeedsAnAbsoluteUrlAndAWitnessesVerifierKey() {
        LogProperties.WitnessEndpoint good = new LogProperties.WitnessEndpoint(URI.create("http://127.0.0.1:8095"), WITNESS);
        assertThat(with("ledger.example/log", List.of(good), 1).witnesses()).containsExactly(good);
        assertThat(good.verifierKey().name()).isEqualTo("board.example/witness");
        assertThatThrownBy(() -> with(null, List.of(new LogProperties.WitnessEndpoint(URI.create("/relative"), WITNESS)),
                0)).hasMessageContaining("ledger.log.witnesses[].url");
        assertThatThrownBy(() -> with(null, List.of(new LogProperties.WitnessEndpoint(URI.create("http://w"),
                SignedNote.verifierKey("board.example/witness", KEY.publicKey()))), 0))
                .hasMessageContaining("ledger.log.witnesses[].key");
        assertThatThrownBy(() -> with(null, List.of(new LogProperties.WitnessEndpoint(URI.create("http://w"), null)), 0))
                .hasMessageContaining("ledger.log.witnesses[].key");
    }

    @Test
    void theQuorumIsAtMostTheWitnessesConfiguredAndTheOriginAKeyName() {
        assertThatThrownBy(() -> with(null, List.of(), 1)).hasMessageContaining("ledger.log.witness-quorum");
        assertThatThrownBy(() -> with(null, List.of(), -1)).hasMessageContaining("ledger.log.witness-quorum");
        assertThatThrownBy(() -> with("has space", null, 0)).hasMessageContaining("ledger.log.origin");
        assertThatThrownBy(() -> with("has+plus", null, 0)).hasMessageContaining("ledger.log.origin");
    }
}
