package org.transferhub.catalog.content;

/** What kind of technology a listing offers. The names are API codes: add new ones, never rename. */
public enum TechnologyType {
    DIAGNOSTIC, MEDICAL_DEVICE, THERAPEUTIC, PHARMACEUTICAL, DIGITAL_HEALTH, CLINICAL_PROTOCOL, TRAINING_PROGRAM
}
