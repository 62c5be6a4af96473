package org.transferhub.search.language;

import java.util.List;
import java.util.Set;
import org.transferhub.search.analysis.SearchLanguage;

/** A statistical language identifier restricted to candidate languages. */
public interface StatisticalModel {

    /** The candidates the model can tell apart, most probable first, confidences summing to 1. */
    List<Scored> rank(String text, Set<SearchLanguage> candidates);

    record Scored(SearchLanguage language, double confidence) {}
}
