package uk.mappa.ledger.api.csods;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.mappa.ledger.core.body.BodyId;
import uk.mappa.ledger.core.csods.CsodsTimeLimits;

/**
 * CSODS time limits per force: {@code ledger.csods.time-limits.<force-id>.initial-checks=24h} and so on
 * ({@code face-to-face}, {@code risk-assessment}, {@code whole-case}); a force not listed gets the
 * scheme's defaults.
 */
@ConfigurationProperties("ledger.csods")
record CsodsProperties(Map<String, CsodsTimeLimits> timeLimits) {

    CsodsProperties {
        timeLimits = timeLimits == null ? Map.of() : Map.copyOf(timeLimits);
    }

    CsodsTimeLimits limitsFor(BodyId force) {
        return timeLimits.getOrDefault(force.value(), CsodsTimeLimits.DEFAULTS);
    }
}
