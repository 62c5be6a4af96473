package org.transferhub.catalog.content;

/** The disease areas a technology addresses. The names are API codes: add new ones, never rename. */
public enum DiseaseArea {
    DIABETES, OBESITY, CARDIOVASCULAR, HYPERTENSION, DYSLIPIDEMIA, FATTY_LIVER, KIDNEY, ONCOLOGY, THYROID, OTHER
}
