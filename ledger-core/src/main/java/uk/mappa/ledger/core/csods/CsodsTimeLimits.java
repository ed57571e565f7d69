package uk.mappa.ledger.core.csods;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long a force allows for each stage, counted from the application: by default initial checks 24
 * hours, the face-to-face meeting 10 days, the risk assessment 28 days and the whole case 45 days.
 */
public record CsodsTimeLimits(Duration initialChecks, Duration faceToFace, Duration riskAssessment, Duration wholeCase) {

    public static final CsodsTimeLimits DEFAULTS = new CsodsTimeLimits(Duration.ofHours(24), Duration.ofDays(10),
            Duration.ofDays(28), Duration.ofDays(45));

    public CsodsTimeLimits {
        Objects.requireNonNull(initialChecks, "initialChecks");
        Objects.requireNonNull(faceToFace, "faceToFace");
        Objects.requireNonNull(riskAssessment, "riskAssessment");
        Objects.requireNonNull(wholeCase, "wholeCase");
    }

    /** When each deadline falls for an application received at {@code receivedAt}. */
    public Map<CsodsDeadline, Instant> dueDates(Instant receivedAt) {
        Map<CsodsDeadline, Instant> due = new EnumMap<>(CsodsDeadline.class);
        due.put(CsodsDeadline.INITIAL_CHECKS, receivedAt.plus(initialChecks));
        due.put(CsodsDeadline.FACE_TO_FACE, receivedAt.plus(faceToFace));
        due.put(CsodsDeadline.RISK_ASSESSMENT, receivedAt.plus(riskAssessment));
        due.put(CsodsDeadline.WHOLE_CASE, receivedAt.plus(wholeCase));
        return due;
    }
}
