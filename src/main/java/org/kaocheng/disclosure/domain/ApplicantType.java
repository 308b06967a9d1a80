package org.kaocheng.disclosure.domain;

/** The annual report's applicant columns: 自然人 and the five kinds of 法人或其他组织. */
public enum ApplicantType {
    NATURAL_PERSON,
    COMMERCIAL_ENTERPRISE,
    RESEARCH_INSTITUTION,
    PUBLIC_INTEREST_ORGANISATION,
    LEGAL_SERVICE_ORGANISATION,
    OTHER_ORGANISATION
}
