package org.transferhub.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a site has what a listing requires: a requirement is met when one of the site's items
 * names a shared vocabulary concept («眼底照相机» and «fundus camera») or mostly the same words.
 */
record SiteCoverage(List<Item> site, Map<String, Set<String>> requirementConcepts) implements Predicate<String> {

    record Item(Set<String> terms, Set<String> concepts) {}

    /** The site's side, prepared once per need; {@link #with} adds one listing's requirement concepts. */
    record Partial(List<Item> site) {
        SiteCoverage with(Map<String, Set<String>> requirementConcepts) {
            return new SiteCoverage(site, requirementConcepts);
        }
    }

    @Override
    public boolean test(String requirement) {
        Set<String> concepts = requirementConcepts.getOrDefault(requirement, Set.of());
        Set<String> terms = TextFeatures.terms(requirement);
        return site.stream().anyMatch(item -> item.concepts().stream().anyMatch(concepts::contains)
                || TextFeatures.cosine(terms, item.terms()) >= 0.5);
    }
}
