package org.transferhub.catalog;

import org.transferhub.catalog.content.ListingContent;

/** One valid import line, ready to be upserted by its reference as a PUBLISHED listing. */
public record ImportedListing(int line, String reference, ListingContent content, Provider provider) {}
