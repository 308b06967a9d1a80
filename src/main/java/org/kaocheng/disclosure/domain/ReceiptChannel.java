package org.kaocheng.disclosure.domain;

import java.time.LocalDate;

/**
 * How an application arrived, which fixes its date of receipt (Art. 31): in person, the day it
 * was submitted; registered post, the day it was signed for; ordinary letter, internet or fax,
 * the day receipt was confirmed with the applicant.
 */
public enum ReceiptChannel {
    IN_PERSON,
    REGISTERED_POST,
    ORDINARY_LETTER,
    INTERNET,
    FAX;

    /** The date of receipt from the dates recorded, or null when the one it needs is missing. */
    public LocalDate dateOfReceipt(LocalDate submittedOn, LocalDate signedForOn, LocalDate confirmedOn) {
        return switch (this) {
            case IN_PERSON -> submittedOn;
            case REGISTERED_POST -> signedForOn;
            case ORDINARY_LETTER, INTERNET, FAX -> confirmedOn;
        };
    }
}
