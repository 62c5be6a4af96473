package org.transferhub.needs;

/**
 * The code lists of a need. The names are API codes shared with the catalog's listings (the matcher
 * compares them as strings): add new ones, never rename.
 */
public final class NeedCodes {

    private NeedCodes() {}

    public enum DiseaseArea {
        DIABETES, OBESITY, CARDIOVASCULAR, HYPERTENSION, DYSLIPIDEMIA, FATTY_LIVER, KIDNEY, ONCOLOGY, THYROID, OTHER
    }

    public enum TechnologyType {
        DIAGNOSTIC, MEDICAL_DEVICE, THERAPEUTIC, PHARMACEUTICAL, DIGITAL_HEALTH, CLINICAL_PROTOCOL, TRAINING_PROGRAM
    }

    public enum TransferMode {
        LICENSE, TECHNICAL_ASSISTANCE, TRAINING, CO_DEVELOPMENT, EQUIPMENT_SUPPLY, JOINT_VENTURE
    }

    /** Where the requesting site sits in the health system. */
    public enum CareSetting {
        TERTIARY_HOSPITAL, REGIONAL_HOSPITAL, PRIMARY_CARE, OTHER
    }

    /** Who may see a need besides its own institution. */
    public enum Visibility {
        /** Providers and staff see the need and the institution that posted it. */
        PUBLIC,
        /** Providers see country and care setting, not the institution; staff see everything. */
        ANONYMOUS,
        /** Only Center staff (and the owner) see it; staff broker it. */
        STAFF_ONLY
    }

    /** How a closed need ended. */
    public enum Outcome {
        FULFILLED_THROUGH_PORTAL, FULFILLED_ELSEWHERE, NO_LONGER_NEEDED, OTHER
    }
}
