package org.transferhub.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.transferhub.catalog.IndexableListing.Text;

/**
 * The part of a stored listing (the index's JSON copy of {@link org.transferhub.catalog.IndexableListing})
 * that a search hit shows. Reading only these fields skips the requirements, regulatory status,
 * target countries and dates that every hit would otherwise decode and drop.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ShownListing(String id, String reference, String language, Text original, Map<String, Text> translations,
        List<String> diseaseAreas, String technologyType, int trl, String providerName, String providerCountry) {}
