package org.transferhub.catalog;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;
import org.transferhub.catalog.content.DiseaseArea;
import org.transferhub.catalog.content.TechnologyType;
import org.transferhub.catalog.content.TransferMode;

/**
 * The browsing filters (all optional, combined with AND) over published listings; also used by the
 * staff export. Each maps to an indexed field of the listing document.
 */
public record ListingFilter(DiseaseArea diseaseArea, TechnologyType type, Integer trlMin, Integer trlMax,
        String country, TransferMode mode, String language) {

    public static final ListingFilter NONE = new ListingFilter(null, null, null, null, null, null, null);

    public Criteria publishedCriteria() {
        List<Criteria> parts = new ArrayList<>();
        parts.add(where("status").is(ListingStatus.PUBLISHED));
        if (diseaseArea != null) {
            parts.add(where("content.diseaseAreas").is(diseaseArea));
        }
        if (type != null) {
            parts.add(where("content.technologyType").is(type));
        }
        if (trlMin != null) {
            parts.add(where("content.trl").gte(trlMin));
        }
        if (trlMax != null) {
            parts.add(where("content.trl").lte(trlMax));
        }
        if (country != null) {
            parts.add(where("provider.country").is(country));
        }
        if (mode != null) {
            parts.add(where("content.transferModes").is(mode));
        }
        if (language != null) {
            parts.add(where("content.language").is(language));
        }
        return new Criteria().andOperator(parts);
    }
}
