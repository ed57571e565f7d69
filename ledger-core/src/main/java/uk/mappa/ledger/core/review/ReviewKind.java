package uk.mappa.ledger.core.review;

import uk.mappa.ledger.core.body.BodyKind;

/** The reviews boards undertake of cases (Merseyside protocol c-d; HIPS protocol 3). */
public enum ReviewKind {
    /** By an LSCB where a child has died or been seriously harmed and abuse or neglect is known or suspected. */
    SERIOUS_CASE_REVIEW(false),
    /** Since 2018, by the safeguarding partners in place of a serious case review. */
    CHILD_SAFEGUARDING_PRACTICE_REVIEW(false),
    /** Commissioned by the SMB in qualifying MAPPA cases, under national guidance. */
    MAPPA_SERIOUS_CASE_REVIEW(true),
    /** Any other multi-agency review whose learning is shared. */
    OTHER_REVIEW(null);

    /** True for reviews only an SMB commissions, false for those only children's boards do, null for either. */
    private final Boolean bySmb;

    ReviewKind(Boolean bySmb) {
        this.bySmb = bySmb;
    }

    public boolean undertakenBy(BodyKind board) {
        boolean smb = board == BodyKind.SMB;
        boolean childrensBoard = board == BodyKind.LSCB || board == BodyKind.LSCP;
        return bySmb == null ? smb || childrensBoard : bySmb ? smb : childrensBoard;
    }
}
