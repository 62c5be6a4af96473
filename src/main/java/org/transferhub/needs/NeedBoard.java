package org.transferhub.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
 * staff-only ones), newest first, with filters. The text filter matches a substring of the title or
 * statement, or any vocabulary concept of the query that the need mentions (in whatever language).
 */
@Component
public class NeedBoard {

    public static final int MAX_PAGE_SIZE = 100;

    private final ReactiveMongoTemplate mongo;
    private final ObjectProvider<NeedConcepts> concepts;

    NeedBoard(ReactiveMongoTemplate mongo, ObjectProvider<NeedConcepts> concepts) {
        this.mongo = mongo;
        this.concepts = concepts;
    }

    public record Filter(String diseaseArea, String technologyType, String country, String careSetting, String text,
            int page, int size) {}

    public Flux<Need> browse(CurrentUser user, Filter filter) {
        if (!user.isStaff() && !user.has(Role.PROVIDER)) {
            return Flux.error(new CannotPostNeeds("The needs board is for providers and Center staff"));
        }
        NeedConcepts finder = concepts.getIfAvailable();
        boolean hasText = filter.text() != null && !filter.text().isBlank();
        Mono<Set<String>> textConcepts = finder == null || !hasText ? Mono.just(Set.of())
                : finder.concepts(filter.text(), user.language()).defaultIfEmpty(Set.of());
        return textConcepts.flatMapMany(found -> mongo.find(query(user, filter, found), Need.class));
    }

    private static Query query(CurrentUser user, Filter filter, Set<String> textConcepts) {
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
        if (filter.text() != null && !filter.text().isBlank()) {
            Pattern contains = Pattern.compile(Pattern.quote(filter.text().strip()),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            List<Criteria> any = new ArrayList<>(List.of(Criteria.where("content.title").regex(contains),
                    Criteria.where("content.problemStatement").regex(contains)));
            if (!textConcepts.isEmpty()) {
                any.add(Criteria.where("concepts").in(textConcepts)); // any language meets any other here
            }
            all.add(new Criteria().orOperator(any));
        }
        return Query.query(new Criteria().andOperator(all))
                .with(Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("_id")))
                .skip((long) filter.page() * filter.size()).limit(filter.size());
    }
}
