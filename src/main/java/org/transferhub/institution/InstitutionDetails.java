package org.transferhub.institution;

/** An institution as its own members and staff see it, with the rejection reason when there is one. */
public record InstitutionDetails(String id, String name, String nameLatin, String country, InstitutionType type,
        String city, String website, VerificationStatus status, String rejectionReason) {
}
