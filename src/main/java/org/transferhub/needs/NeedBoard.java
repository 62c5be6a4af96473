package org.transferhub.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.needs.NeedCodes.Visibility;
import org.transferhub.needs.NeedErrors.CannotPostNeeds;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The needs board for providers and staff: open public and anonymous needs (staff also see
 * staff-only ones), newest first, with filters. The text filter reads the query as the catalog search
 * does: a need matches when it holds every word of the query as the search index analyses the need's
 * language (stems, folded scripts, CJK bigrams; tried for each language the query may be in), or names
 * a vocabulary concept of the query (in whatever language it is written).
 */
@Component
public class NeedBoard {

    public static final int MAX_PAGE_SIZE = 100;

    private final ReactiveMongoTemplate mongo;
    private final ObjectProvider<NeedTextAnalysis> analysis;

    NeedBoard(ReactiveMongoTemplate mongo, ObjectProvider<NeedTextAnalysis> analysis) {
        this.mongo = mongo;
        this.analysis = analysis;
    }

    /** What a text query asks for: any of these word sets, or any of these concepts. */
    private record TextQuery(List<Set<String>> words, Set<String> concepts) {
        static final TextQuery NONE = new TextQuery(List.of(), Set.of());
    }

    public record Filter(String diseaseArea, String technologyType, String country, String careSetting, String text,
            int page, int size) {}

    public Flux<Need> browse(CurrentUser user, Filter filter) {
        if (!user.isStaff() && !user.has(Role.PROVIDER)) {
            return Flux.error(new CannotPostNeeds("The needs board is for providers and Center staff"));
        }
        NeedTextAnalysis text = analysis.getIfAvailable();
        boolean hasText = filter.text() != null && !filter.text().isBlank();
        Mono<TextQuery> textQuery = text == null || !hasText ? Mono.just(TextQuery.NONE)
                : Mono.zip(text.queryWords(filter.text(), user.language()).defaultIfEmpty(List.of()),
                        text.concepts(filter.text(), user.language()).defaultIfEmpty(Set.of()),
                        TextQuery::new);
        return textQuery.flatMapMany(found -> mongo.find(query(user, filter, hasText, found), Need.class));
    }

    private static Query query(CurrentUser user, Filter filter, boolean hasText, TextQuery text) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("status").is(NeedStatus.OPEN));
        if (!user.isStaff()) {
            all.add(Criteria.where("visibility").in(Visibility.PUBLIC, Visibility.ANONYMOUS));
        }
        if (filter.diseaseArea() != null) {
            all.add(Criteria.where("content.diseaseAreas").is(filter.diseaseArea()));
        }
        if (filter.technologyType() != null) {
            all.add(Criteria.where("content.technologyTypes").is(filter.technologyType()));
        }
        if (filter.country() != null) {
            all.add(Criteria.where("content.country").is(filter.country()));
        }
        if (filter.careSetting() != null) {
            all.add(Criteria.where("content.careSetting").is(filter.careSetting()));
        }
        if (hasText) {
            List<Criteria> any = new ArrayList<>();
            text.words().forEach(words -> any.add(Criteria.where("words").all(words)));
            if (!text.concepts().isEmpty()) {
                any.add(Criteria.where("concepts").in(text.concepts())); // any language meets any other here
            }
            // A query with neither words nor concepts (punctuation only) finds nothing.
            all.add(any.isEmpty() ? Criteria.where("_id").exists(false) : new Criteria().orOperator(any));
        }
        return Query.query(new Criteria().andOperator(all))
                .with(Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("_id")))
                .skip((long) filter.page() * filter.size()).limit(filter.size());
    }
}
