package uk.mappa.ledger.core.share;

/** The categories of information named in the source documents (see DOMAIN.md, "What is shared"). */
public enum Category {
    ANNUAL_REPORT("annual report", true),
    BUSINESS_PLAN("business plan priorities", true),
    SCR_LEARNING("learning from serious case reviews and other reviews", true),
    /** Performance information: shared for service development only (HIPS protocol 6.1). */
    TREND_DATA("MAPPA performance and trend data", true),
    AUDIT("audit relevant to safeguarding children", true),
    TRAINING("training offer", true),
    GUIDANCE("new guidance", true),
    STRATEGIC_ISSUE("escalated strategic issue", true),
    SFO_NOTIFICATION("serious further offence notification", false),
    MAPPA_MEETING_NOTIFICATION("MAPPA meeting notification", false),
    /** Case-specific information: where the agreement says so, only under a handling arrangement (HIPS 6.2). */
    CASE_INFORMATION("case information for a review", false),
    CSODS_DISCLOSURE("Child Sex Offender Disclosure Scheme disclosure", false),
    /** Only an executive summary the meeting's chair agreed to disclose. */
    MINUTES("MAPPA minutes or their executive summary", false);

    private final String description;
    private final boolean strategic;

    Category(String description, boolean strategic) {
        this.description = description;
        this.strategic = strategic;
    }

    /** Strategic information passes between boards (MoU 4-5); the rest is about cases. */
    public boolean isStrategic() {
        return strategic;
    }

    public String description() {
        return description;
    }
}
