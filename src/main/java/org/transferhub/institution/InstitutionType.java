package org.transferhub.institution;

public enum InstitutionType {
    HOSPITAL, UNIVERSITY, RESEARCH_INSTITUTE, COMPANY, GOVERNMENT_BODY, OTHER
}
