package org.transferhub.institution;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.transferhub.institution.InstitutionDecisions.InstitutionAlreadyDecided;

/**
 * A hospital, university, institute or company that provides or requests technologies. Staff decide
 * once whether it is genuine: PENDING → VERIFIED, or PENDING → REJECTED with a reason.
 *
 * @param name the name in its own script (上海交通大学医学院附属瑞金医院)
 * @param nameLatin the name in Latin script (Ruijin Hospital, Shanghai Jiao Tong University School of Medicine)
 * @param registeredBy id of the user whose registration created it (null for imports and demo data)
 */
@Document("institutions")
public record Institution(@Id String id, String name, String nameLatin, @Indexed String country,
        InstitutionType type, String city, String website, @Indexed VerificationStatus status,
        String rejectionReason, String reviewedBy, Instant reviewedAt, String registeredBy,
        String registeredByName, @Indexed Instant createdAt, @Version Long version) {

    /** A newly registered institution, waiting for staff. */
    public static Institution pending(NewInstitution form, String registeredBy, String registeredByName, Instant now) {
        return new Institution(null, form.name().strip(), form.nameLatin().strip(), form.country(), form.type(),
                strip(form.city()), strip(form.website()), VerificationStatus.PENDING, null, null, null,
                registeredBy, registeredByName, now, null);
    }

    /** An institution the Center already knows (imports, demo data). */
    public static Institution verified(NewInstitution form, String reviewedBy, Instant now) {
        return new Institution(null, form.name().strip(), form.nameLatin().strip(), form.country(), form.type(),
                strip(form.city()), strip(form.website()), VerificationStatus.VERIFIED, null, reviewedBy, now,
                null, null, now, null);
    }

    public Institution verify(String reviewer, Instant at) {
        requirePending();
        return new Institution(id, name, nameLatin, country, type, city, website, VerificationStatus.VERIFIED, null,
                reviewer, at, registeredBy, registeredByName, createdAt, version);
    }

    public Institution reject(String reviewer, String reason, Instant at) {
        requirePending();
        return new Institution(id, name, nameLatin, country, type, city, website, VerificationStatus.REJECTED,
                reason, reviewer, at, registeredBy, registeredByName, createdAt, version);
    }

    private void requirePending() {
        if (status != VerificationStatus.PENDING) {
            throw new InstitutionAlreadyDecided(id, status);
        }
    }

    public InstitutionSummary summary() {
        return new InstitutionSummary(id, name, nameLatin, country, type, city, status);
    }

    public InstitutionDetails details() {
        return new InstitutionDetails(id, name, nameLatin, country, type, city, website, status, rejectionReason);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
