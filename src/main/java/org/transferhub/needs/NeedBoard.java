package org.transferhub.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

/**
 * The needs board for providers and staff: open public and anonymous needs (staff also see
 * staff-only ones), newest first, with filters. The text filter is a plain substring match for now;
 * cross-lingual search goes through the matcher's TextRelevance once the Lucene engine is wired.
 */
@Component
public class NeedBoard {

    public static final int MAX_PAGE_SIZE = 100;

    private final ReactiveMongoTemplate mongo;

    NeedBoard(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record Filter(String diseaseArea, String technologyType, String country, String careSetting, String text,
            int page, int size) {}

    public Flux<Need> browse(CurrentUser user, Filter filter) {
        if (!user.isStaff() && !user.has(Role.PROVIDER)) {
            return Flux.error(new CannotPostNeeds("The needs board is for providers and Center staff"));
        }
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
            all.add(new Criteria().orOperator(Criteria.where("content.title").regex(contains),
                    Criteria.where("content.problemStatement").regex(contains)));
        }
        Query query = Query.query(new Criteria().andOperator(all))
                .with(Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("_id")))
                .skip((long) filter.page() * filter.size()).limit(filter.size());
        return mongo.find(query, Need.class);
    }
}
