package uk.mappa.ledger.core.contact;

import uk.mappa.ledger.core.body.BodyKind;

/** The contacts and nominees the source documents ask bodies to name. */
public enum ContactRole {
    /** A local authority's children's services single point of contact for MAPPA meetings (Merseyside protocol 2). */
    CHILDRENS_SERVICES_SPOC(BodyKind.DTC_AGENCY, false),
    /** A duty-to-co-operate agency's named senior manager for level 3 meetings (West Yorkshire memorandum). */
    LEVEL_3_SENIOR_MANAGER(BodyKind.DTC_AGENCY, false),
    /** A duty-to-co-operate agency's first contact for local level 2 meetings (West Yorkshire memorandum). */
    LEVEL_2_FIRST_CONTACT(BodyKind.DTC_AGENCY, false),
    /** The SMB's designated lead for reporting SFOs to one LSCB (Merseyside MoU 6): names that LSCB. */
    SFO_LEAD(BodyKind.SMB, true),
    /** A representative of the area's LSCBs sitting on the SMB (Merseyside protocol; HIPS protocol 5.1). */
    LSCB_REPRESENTATIVE(BodyKind.SMB, false);

    private final BodyKind heldAt;
    private final boolean forAChildrensBoard;

    ContactRole(BodyKind heldAt, boolean forAChildrensBoard) {
        this.heldAt = heldAt;
        this.forAChildrensBoard = forAChildrensBoard;
    }

    /** The kind of body whose post it is. */
    public BodyKind heldAt() {
        return heldAt;
    }

    /** True when the post is for one LSCB or LSCP of the area, which it names. */
    public boolean isForAChildrensBoard() {
        return forAChildrensBoard;
    }

    /** The post that receives a MAPPA meeting notice of this level at a duty-to-co-operate agency. */
    public static ContactRole forMeetingLevel(int level) {
        return level >= 3 ? LEVEL_3_SENIOR_MANAGER : LEVEL_2_FIRST_CONTACT;
    }
}
