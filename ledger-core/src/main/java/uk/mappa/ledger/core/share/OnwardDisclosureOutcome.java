package uk.mappa.ledger.core.share;

/**
 * What came of an onward disclosure: recorded as disclosure {@code number} of the share, or refused with a
 * stable code. A refusal is recorded too, so it is returned rather than thrown.
 */
public record OnwardDisclosureOutcome(int number, String refusalCode, String refusalDetail) {

    public static OnwardDisclosureOutcome recorded(int number) {
        return new OnwardDisclosureOutcome(number, null, null);
    }

    public static OnwardDisclosureOutcome refused(String code, String detail) {
        return new OnwardDisclosureOutcome(0, code, detail);
    }

    public boolean refused() {
        return refusalCode != null;
    }
}
