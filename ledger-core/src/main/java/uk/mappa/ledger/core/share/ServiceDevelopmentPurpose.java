package uk.mappa.ledger.core.share;

/**
 * Why performance information may be shared: for developing services only (HIPS protocol 6.1), so a share of
 * {@link Category#TREND_DATA} names one of these as its purpose rather than free text.
 */
public enum ServiceDevelopmentPurpose {
    /** Developing or redesigning a service in the light of the figures. */
    SERVICE_DEVELOPMENT,
    /** Seeing MAPPA performance comparatively across the area (Merseyside MoU 5). */
    COMPARATIVE_PERFORMANCE,
    /** Setting the receiving board's business plan priorities (MoU 2-3). */
    BUSINESS_PLANNING,
    /** Identifying common training and development needs. */
    TRAINING_NEEDS;

    static boolean names(String purpose) {
        return java.util.Arrays.stream(values()).anyMatch(value -> value.name().equals(purpose));
    }
}
