package uk.mappa.ledger.api.web;

/** Formats and messages shared by the request validations. */
public final class Patterns {

    public static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    public static final String UUID_MESSAGE = "must be an id such as 3f2b7c1e-8d4a-4e7b-9a61-2c5d8e9f0a1b";
    public static final String BODY_ID_MESSAGE = "must be a body id such as knowsley-lscb";
    public static final String SHA256_MESSAGE = "must be the SHA-256 of the document as 64 hex digits";

    private Patterns() {
    }
}
