package org.transferhub.institution;

/** What other features need to know about an institution. */
public record InstitutionSummary(String id, String name, String nameLatin, String country,
        InstitutionType type, String city, VerificationStatus status) {

    public boolean isVerified() {
        return status == VerificationStatus.VERIFIED;
    }
}
