package uk.mappa.ledger.core.share;

/** The categories of information named in the source documents (see DOMAIN.md, "What is shared"). */
public enum Category {
    ANNUAL_REPORT("annual report"),
    BUSINESS_PLAN("business plan priorities"),
    SCR_LEARNING("learning from serious case reviews and other reviews"),
    TREND_DATA("MAPPA performance and trend data"),
    AUDIT("audit relevant to safeguarding children"),
    TRAINING("training offer"),
    GUIDANCE("new guidance"),
    STRATEGIC_ISSUE("escalated strategic issue"),
    SFO_NOTIFICATION("serious further offence notification"),
    MAPPA_MEETING_NOTIFICATION("MAPPA meeting notification"),
    CASE_INFORMATION("case information for a review"),
    CSODS_DISCLOSURE("Child Sex Offender Disclosure Scheme disclosure"),
    MINUTES("MAPPA minutes or their executive summary");

    private final String description;

    Category(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
