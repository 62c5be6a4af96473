package org.transferhub.catalog;

/** The providing institution as the listing shows it, copied at creation so browsing needs no join. */
public record Provider(String institutionId, String name, String nameLatin, String country) {}
