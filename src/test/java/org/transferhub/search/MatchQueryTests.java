package org.transferhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.search.analysis.SearchLanguage;
import org.transferhub.search.query.QueryBuilder;
import org.transferhub.search.query.QueryPlan;
import org.transferhub.search.query.UserQueryParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The total and the facets are counted with the plan's flat disjunction, the page with the nested
 * scoring query: both must match exactly the same documents, or the total would disagree with the
 * pages. Checked over the development set's queries and the query syntax (phrases, exclusions,
 * near spellings, multi-word concepts).
 */
class MatchQueryTests {

    @TempDir
    Path dir;

    @Test
    void theFlatDisjunctionMatchesExactlyWhatTheScoringQueryMatches() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<IndexableListing> listings = json.readValue(getClass().getResourceAsStream("/search-eval/listings.json"),
                new TypeReference<>() {});
        List<Map<String, Object>> evaluation = json.readValue(getClass().getResourceAsStream("/search-eval/queries.json"),
                new TypeReference<>() {});
        List<String[]> queries = new ArrayList<>();
        evaluation.forEach(q -> queries.add(new String[] {(String) q.get("q"), (String) q.get("lang")}));
        queries.addAll(List.of(
                new String[] {"\"continuous glucose\" monitoring", "en"},
                new String[] {"\"непрерывный мониторинг\"", "ru"},
                new String[] {"diabetes -insulin", "en"},
                new String[] {"糖尿病 -\"视网膜病变\"", "zh"},
                new String[] {"retinopaty screening", "en"},
                new String[] {"ретинопатея", "ru"},
                new String[] {"gestational diabetes screening programme", "en"},
                new String[] {"qandli diabet maktabi", "uz"},
                new String[] {"HbA1c", null}));

        QueryBuilder builder = new QueryBuilder(SearchTestKit.ANALYZERS, SearchTestKit.DETECTOR);
        try (SearchTestKit kit = new SearchTestKit(dir)) {
            kit.publish(listings);
            int compared = 0;
            for (String[] q : queries) {
                SearchRequest request = SearchRequest.simple(q[0], q[1], 10);
                QueryPlan plan = builder.build(UserQueryParser.parse(q[0]), SearchLanguage.of(q[1]), kit.vocabulary.matcher());
                if (plan.query() == null) {
                    continue;
                }
                int scored = kit.index.read(s -> s.count(SearchEngine.filtered(plan.query(), request, s.getIndexReader())));
                int flat = kit.index.read(s -> s.count(SearchEngine.filtered(plan.matches(), request, s.getIndexReader())));
                assertThat(flat).as("documents matched for «%s»", q[0]).isEqualTo(scored);
                assertThat(kit.engine.search(request).total()).as("total for «%s»", q[0]).isEqualTo(scored);
                compared++;
            }
            assertThat(compared).isGreaterThan(60);
        }
    }
}
