package uk.mappa.ledger.core.share;

/** The lawful bases the source documents and current law give for sharing (see DOMAIN.md). */
public enum LawfulBasis {
    UK_GDPR_DPA_2018("UK GDPR and Data Protection Act 2018"),
    DPA_2018_PART_3("Data Protection Act 2018 Part 3 (law enforcement processing)"),
    CHILDREN_ACT_2004("Children Act 2004"),
    CJA_2003_S325("Criminal Justice Act 2003 s.325(4)"),
    CRIME_AND_DISORDER_ACT_1998_S115("Crime and Disorder Act 1998 s.115"),
    /** Cited by older records; repealed by the Data Protection Act 2018. */
    DPA_1998_S29_3("Data Protection Act 1998 s.29(3)");

    private final String citation;

    LawfulBasis(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }
}
