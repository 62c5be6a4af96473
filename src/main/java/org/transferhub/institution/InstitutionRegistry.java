package org.transferhub.institution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.transferhub.institution.InstitutionDecisions.InstitutionNotFound;
import org.transferhub.reference.Countries;
import org.transferhub.shared.web.InvalidRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The institutions: lookup for other features ({@link InstitutionDirectory}), search, registration. */
@Service
public class InstitutionRegistry implements InstitutionDirectory {

    private static final int MAX_RESULTS = 50;

    private final ReactiveMongoTemplate mongo;

    InstitutionRegistry(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<InstitutionSummary> find(String institutionId) {
        return institutionId == null ? Mono.empty() : mongo.findById(institutionId, Institution.class).map(Institution::summary);
    }

    @Override
    public Mono<Boolean> isVerified(String institutionId) {
        return find(institutionId).map(InstitutionSummary::isVerified).defaultIfEmpty(false);
    }

    @Override
    public Mono<InstitutionSummary> findOrCreateVerified(String name, String country, String importedBy) {
        if (name == null || name.isBlank() || !Countries.isValid(country)) {
            return Mono.error(new InvalidRequest("institution", "needs a name and an ISO country code"));
        }
        Pattern exact = Pattern.compile("^" + Pattern.quote(name.strip()) + "$", Pattern.CASE_INSENSITIVE);
        Query query = Query.query(Criteria.where("country").is(country)
                .orOperator(Criteria.where("name").regex(exact), Criteria.where("nameLatin").regex(exact)));
        NewInstitution form = new NewInstitution(name, name, country, InstitutionType.OTHER, null, null);
        return mongo.findOne(query, Institution.class)
                .switchIfEmpty(Mono.defer(() -> mongo.insert(Institution.verified(form, importedBy, Instant.now()))))
                .map(Institution::summary);
    }

    /** Full details, for the institution's own members and for staff. */
    public Mono<InstitutionDetails> details(String institutionId) {
        return institutionId == null ? Mono.empty() : mongo.findById(institutionId, Institution.class).map(Institution::details);
    }

    /** Creates a PENDING institution for a registering user. */
    public Mono<Institution> registerPending(NewInstitution form, String userId, String userName) {
        return mongo.insert(Institution.pending(form, userId, userName, Instant.now()));
    }

    /** Creates a VERIFIED institution (demo data, imports by staff). */
    public Mono<Institution> registerVerified(NewInstitution form, String reviewer) {
        return mongo.insert(Institution.verified(form, reviewer, Instant.now()));
    }

    /** Undoes {@link #registerPending} when the registration that created it failed afterwards. */
    public Mono<Void> withdrawRegistration(String institutionId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(institutionId)
                .and("status").is(VerificationStatus.PENDING)), Institution.class).then();
    }

    /** Ensures that a registering user picked an institution that exists and was not rejected. */
    public Mono<InstitutionSummary> requireJoinable(String institutionId) {
        return find(institutionId)
                .filter(summary -> summary.status() != VerificationStatus.REJECTED)
                .switchIfEmpty(Mono.error(() -> new InstitutionNotFound(institutionId)));
    }

    /** The registration picker: by name in either script and by country; never REJECTED ones. */
    public Flux<InstitutionSummary> search(String text, String country) {
        List<Criteria> criteria = new ArrayList<>();
        criteria.add(Criteria.where("status").ne(VerificationStatus.REJECTED));
        if (country != null && !country.isBlank()) {
            criteria.add(Criteria.where("country").is(country));
        }
        if (text != null && !text.isBlank()) {
            Pattern contains = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
            criteria.add(new Criteria().orOperator(Criteria.where("name").regex(contains),
                    Criteria.where("nameLatin").regex(contains)));
        }
        Query query = Query.query(new Criteria().andOperator(criteria))
                .with(Sort.by("nameLatin")).limit(MAX_RESULTS);
        return mongo.find(query, Institution.class).map(Institution::summary);
    }

    /** The verification queue (or another status), oldest first. */
    public Flux<Institution> byStatus(VerificationStatus status) {
        Query query = Query.query(Criteria.where("status").is(status)).with(Sort.by("createdAt")).limit(500);
        return mongo.find(query, Institution.class);
    }
}
