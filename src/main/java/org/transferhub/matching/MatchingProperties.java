package org.transferhub.matching;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param storeThreshold matches scoring below this are not stored (nor shown), unless curated
 * @param goodMatch a score at or above this is a good match: notified once, and counts as covering a
 *        need (or wanting a listing) in the brokering figures
 * @param candidates how many listings TextRelevance is asked for per need: four times keepPerNeed leaves room
 *        for the structured fit to reorder the text ranking, and keeps one need's top-20 under 10 ms at
 *        100,000 listings (1,000 candidates: p99 26–35 ms; docs/benchmarks.md, Matching)
 * @param keepPerNeed a need's refresh stores at most its best this many matches (curated ones besides);
 *        with 100,000 listings almost every candidate clears the store threshold. 20: what the need's page
 *        shows, and each stored match is a database write on every recompute
 * @param announcePerRefresh at most this many new good matches are announced per need and refresh (of
 *        the need, or of a listing against the open needs: each need whose new good match it is), the
 *        best first; the rest are on the match pages and come up in later refreshes, so a first
 *        recompute does not send dozens of notifications per need
 * @param recomputeStaleAfter a full recompute whose node stopped reporting progress this long ago may be restarted
 */
@ConfigurationProperties("transferhub.matching")
public record MatchingProperties(
        @DefaultValue("25") int storeThreshold,
        @DefaultValue("60") int goodMatch,
        @DefaultValue("200") int candidates,
        @DefaultValue("20") int keepPerNeed,
        @DefaultValue("PT5M") Duration recomputeStaleAfter,
        @DefaultValue("3") int announcePerRefresh) {}
