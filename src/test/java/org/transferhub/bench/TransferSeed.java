package org.transferhub.bench;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.SimpleReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.transferhub.account.Role;
import org.transferhub.account.User;
import org.transferhub.catalog.Listing;
import org.transferhub.catalog.ListingStatus;
import org.transferhub.catalog.Provider;
import org.transferhub.catalog.bench.ListingGenerator;
import org.transferhub.catalog.content.DiseaseArea;
import org.transferhub.catalog.content.ListingContent;
import org.transferhub.catalog.content.TechnologyType;
import org.transferhub.catalog.content.TransferMode;
import org.transferhub.institution.Institution;
import org.transferhub.institution.InstitutionType;
import org.transferhub.institution.VerificationStatus;
import org.transferhub.transfer.ActorKind;
import org.transferhub.transfer.FollowUp;
import org.transferhub.transfer.HistoryEntry;
import org.transferhub.transfer.Milestones;
import org.transferhub.transfer.Transfer;
import org.transferhub.transfer.TransferAction;
import org.transferhub.transfer.TransferStatus;
import reactor.core.publisher.Mono;

/**
 * Seeds a data directory for the transfer benchmarks straight into the embedded database file (no
 * HTTP, no search index: the app rebuilds the index at start): LISTINGS published listings from
 * {@link ListingGenerator} (seed 7, as the import benchmark), verified provider and requester
 * institutions, TRANSFERS transfers simulated through the state machine from 2026-02-27 to NOW with
 * their milestones, deadlines, follow-ups and full audit trail, and the load benchmark's users
 * (password {@link #PASSWORD}). Documents are written with Spring Data's converter from the app's own
 * records, so the app reads them as if it had written them. Writes {@code DIR/bench-plan.txt}: per
 * bench provider, listings of its institution the load benchmark's requesters apply for.
 * Usage: {@code TransferSeed <dataDir> [listings=100000] [transfers=50000] [now=2026-12-04T21:00:00Z]}.
 */
public final class TransferSeed {

    static final String PASSWORD = "bench-user-Secret-2026";
    static final int REQUESTER_INSTITUTIONS = 400;
    static final int PROVIDERS_PER_COUNTRY = 20;
    static final int BENCH_REQUESTERS = 30;
    static final int BENCH_PROVIDERS = 20;
    static final int BENCH_STAFF = 10;
    static final int PLAN_LISTINGS_PER_PROVIDER = 400;
    static final List<String> COUNTRIES = List.of("CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY");
    static final double[] COUNTRY_WEIGHTS = {6, 4, 4, 2, 2, 3, 5, 3, 2, 1};
    static final Instant START = Instant.parse("2026-02-27T00:00:00Z");

    private final MappingMongoConverter converter;
    private final MongoDatabase db;
    private final Instant now;
    private final SplittableRandom random = new SplittableRandom(2026);

    private TransferSeed(MongoDatabase db, Instant now) {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        this.converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        this.converter.setCustomConversions(conversions);
        this.converter.afterPropertiesSet();
        this.db = db;
        this.now = now;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int listings = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int transfers = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        Instant now = args.length > 3 ? Instant.parse(args[3]) : Instant.now();
        Path file = dir.resolve("mongo").resolve("transferhub.mv");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        MongoServer server = new MongoServer(new H2Backend(file.toAbsolutePath().toString()));
        server.bind("127.0.0.1", 0);
        long t0 = System.nanoTime();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            TransferSeed seed = new TransferSeed(client.getDatabase("transferhub"), now);
            seed.createIndexes(client);
            seed.seed(dir, listings, transfers);
        } finally {
            server.shutdown();
        }
        System.out.printf("RESULT seeded %d listings and %d transfers in %.1f s%n", listings, transfers,
                (System.nanoTime() - t0) / 1e9);
    }

    /** A listing as the transfers need it. */
    private record Seeded(String id, String reference, String title, Provider provider, List<String> diseaseAreas,
            String technologyType, List<String> modes) {}

    /**
     * The indexes the app declares on these collections, created before the data as the app would
     * have them: created afterwards by the app's start, they would block the embedded database for
     * minutes over 150,000 documents.
     */
    private void createIndexes(MongoClient client) {
        ReactiveMongoTemplate template = new ReactiveMongoTemplate(
                new SimpleReactiveMongoDatabaseFactory(client, "transferhub"), converter);
        var resolver = new MongoPersistentEntityIndexResolver(converter.getMappingContext());
        for (Class<?> type : List.of(Transfer.class, Listing.class, User.class, Institution.class)) {
            for (var index : resolver.resolveIndexFor(type)) {
                template.indexOps(type).createIndex(index).block();
            }
        }
    }

    private void seed(Path dir, int listingCount, int transferCount) throws Exception {
        // Institutions: providers per country (the listings' owners), requesters weighted by country.
        Map<String, List<Institution>> providers = new HashMap<>();
        List<Document> institutionDocs = new ArrayList<>();
        for (String country : COUNTRIES) {
            for (int k = 0; k < PROVIDERS_PER_COUNTRY; k++) {
                Institution i = institution("bench-prov-" + country + "-" + k, "Provider " + country + " " + k, country,
                        InstitutionType.HOSPITAL);
                providers.computeIfAbsent(country, c -> new ArrayList<>()).add(i);
                institutionDocs.add(write(i));
            }
        }
        List<Institution> requesters = new ArrayList<>();
        for (int k = 0; k < REQUESTER_INSTITUTIONS; k++) {
            Institution i = institution("bench-req-" + k, "Requesting hospital " + k, weightedCountry(),
                    k % 3 == 0 ? InstitutionType.RESEARCH_INSTITUTE : InstitutionType.HOSPITAL);
            requesters.add(i);
            institutionDocs.add(write(i));
        }
        insert("institutions", institutionDocs);

        // Listings, published by the provider institutions of their country.
        ListingGenerator generator = new ListingGenerator(7);
        List<Seeded> seeded = new ArrayList<>(listingCount);
        Map<String, List<Seeded>> byInstitution = new HashMap<>();
        List<Document> batch = new ArrayList<>();
        for (int n = 0; n < listingCount; n++) {
            Map<String, Object> line = generator.listing(n);
            String country = (String) line.get("providerCountry");
            List<Institution> owners = providers.getOrDefault(country, providers.get("CN"));
            Institution owner = owners.get(n % owners.size());
            Seeded s = listing(n, line, owner, batch);
            seeded.add(s);
            byInstitution.computeIfAbsent(owner.id(), k -> new ArrayList<>()).add(s);
            if (batch.size() == 1000) {
                insert("listings", batch);
                batch = new ArrayList<>();
            }
        }
        insert("listings", batch);
        System.out.printf("seeded %d listings%n", listingCount);

        // Users of the load benchmark: requesters at the first requester institutions, providers at the
        // first institution of each country in turn, staff.
        String hash = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);
        List<Document> users = new ArrayList<>();
        List<Institution> benchProviderInstitutions = new ArrayList<>();
        for (int k = 0; k < BENCH_REQUESTERS; k++) {
            users.add(write(User.create(new ObjectId().toHexString(), "bench-requester-" + k, hash, "Requester " + k,
                    "bench-requester-" + k + "@example.org", "en", Set.of(Role.REQUESTER), requesters.get(k).id(), now)));
        }
        for (int k = 0; k < BENCH_PROVIDERS; k++) {
            Institution owner = providers.get(COUNTRIES.get(k % COUNTRIES.size())).get(k / COUNTRIES.size());
            benchProviderInstitutions.add(owner);
            users.add(write(User.create(new ObjectId().toHexString(), "bench-provider-" + k, hash, "Provider " + k,
                    "bench-provider-" + k + "@example.org", "ru", Set.of(Role.PROVIDER), owner.id(), now)));
        }
        for (int k = 0; k < BENCH_STAFF; k++) {
            users.add(write(User.create(new ObjectId().toHexString(), "bench-staff-" + k, hash, "Staff " + k,
                    "bench-staff-" + k + "@example.org", "zh", Set.of(Role.STAFF), null, now)));
        }
        insert("users", users);

        // The load plan: listings of each bench provider's institution that no seeded transfer uses,
        // so the load benchmark's applications never meet a seeded open one.
        Set<String> planned = new HashSet<>();
        try (PrintWriter plan = new PrintWriter(Files.newBufferedWriter(dir.resolve("bench-plan.txt"), StandardCharsets.UTF_8))) {
            for (int k = 0; k < BENCH_PROVIDERS; k++) {
                List<Seeded> own = byInstitution.getOrDefault(benchProviderInstitutions.get(k).id(), List.of());
                for (Seeded s : own.subList(0, Math.min(PLAN_LISTINGS_PER_PROVIDER, own.size()))) {
                    plan.println(k + " " + s.id() + " " + s.modes().get(0));
                    planned.add(s.id());
                }
            }
        }

        // Transfers: applications arrive at a growing rate; popular listings get many applications.
        Set<String> openKeys = new HashSet<>();
        Map<TransferStatus, Integer> statuses = new java.util.EnumMap<>(TransferStatus.class);
        batch = new ArrayList<>();
        for (int n = 0; n < transferCount; n++) {
            Seeded listing;
            do {
                listing = seeded.get((int) (listingCount * Math.pow(random.nextDouble(), 3)));
            } while (planned.contains(listing.id()));
            Institution requester = requesters.get((int) (REQUESTER_INSTITUTIONS * Math.pow(random.nextDouble(), 1.5)));
            if (requester.id().equals(listing.provider().institutionId())) {
                continue;
            }
            Transfer t = new Simulation(listing, requester).run(openKeys);
            statuses.merge(t.status(), 1, Integer::sum);
            batch.add(write(t));
            if (batch.size() == 1000) {
                insert("transfers", batch);
                batch = new ArrayList<>();
            }
        }
        insert("transfers", batch);
        System.out.println("seeded transfers by status: " + statuses);
    }

    private Institution institution(String id, String name, String country, InstitutionType type) {
        return new Institution(id, name, name, country, type, "City", null, VerificationStatus.VERIFIED, null,
                "bench-seed", START, null, null, START, 0L);
    }

    private String weightedCountry() {
        double total = 0;
        for (double w : COUNTRY_WEIGHTS) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < COUNTRY_WEIGHTS.length; i++) {
            r -= COUNTRY_WEIGHTS[i];
            if (r < 0) {
                return COUNTRIES.get(i);
            }
        }
        return COUNTRIES.getLast();
    }

    @SuppressWarnings("unchecked")
    private Seeded listing(int n, Map<String, Object> line, Institution owner, List<Document> batch) {
        List<DiseaseArea> areas = ((List<String>) line.get("diseaseAreas")).stream().map(DiseaseArea::valueOf).toList();
        List<TransferMode> modes = ((List<String>) line.get("transferModes")).stream().map(TransferMode::valueOf).toList();
        ListingContent content = new ListingContent((String) line.get("language"), (String) line.get("title"),
                (String) line.get("summary"), (String) line.get("description"), (List<String>) line.get("keywords"),
                null, areas, TechnologyType.valueOf((String) line.get("technologyType")), (Integer) line.get("trl"),
                modes, null, null, null, null, null, null, null);
        Provider provider = new Provider(owner.id(), owner.name(), owner.nameLatin(), owner.country());
        Instant published = START.minus(Duration.ofDays(30)).plusSeconds(n * 200L);
        String id = new ObjectId().toHexString();
        var history = new org.transferhub.catalog.HistoryEntry(published, "bench-seed", "Seed", "IMPORTED", null,
                ListingStatus.PUBLISHED, null, List.of());
        batch.add(new Document("_id", new ObjectId(id)).append("reference", line.get("reference")).append("version", 1L)
                .append("status", ListingStatus.PUBLISHED.name())
                .append("content", converter.convertToMongoType(content))
                .append("provider", converter.convertToMongoType(provider))
                .append("createdAt", java.util.Date.from(published)).append("updatedAt", java.util.Date.from(published))
                .append("publishedAt", java.util.Date.from(published)).append("lastRenewedAt", java.util.Date.from(published))
                .append("attachments", List.of()).append("history", List.of(converter.convertToMongoType(history))));
        return new Seeded(id, (String) line.get("reference"), (String) line.get("title"), provider,
                (List<String>) line.get("diseaseAreas"), (String) line.get("technologyType"),
                (List<String>) line.get("transferModes"));
    }

    /**
     * One application walked through the state machine with random durations until it ends or
     * reaches NOW; whatever state it is in then is where it stays, with the deadline that state has.
     */
    private final class Simulation {
        final Seeded listing;
        final Institution requester;
        final List<HistoryEntry> history = new ArrayList<>();
        TransferStatus status = TransferStatus.SUBMITTED;
        Instant at;
        Instant acceptedAt;
        Instant approvedAt;
        Instant completedAt;
        ActorKind infoFrom;
        Milestones.Acceptance acceptance;
        Milestones.Decline decline;
        Milestones.Agreement agreement;
        Milestones.Training training;
        Milestones.Deployment deployment;
        String closingReason;

        Simulation(Seeded listing, Institution requester) {
            this.listing = listing;
            this.requester = requester;
        }

        /** Days until the next step, exponential with this mean; false when it would be after NOW. */
        boolean after(double meanDays) {
            double days = -Math.log(1 - random.nextDouble()) * meanDays;
            Instant next = at.plusSeconds((long) (days * 86_400) + 60);
            if (next.isAfter(now)) {
                return false;
            }
            at = next;
            return true;
        }

        void step(TransferAction action, ActorKind as, String comment) {
            history.add(new HistoryEntry(at, "seed-" + as.name().toLowerCase(), as.name(), as, action, status,
                    action.to(), comment));
            status = action.to();
        }

        boolean maybeEnd(double withdraw, double cancel) {
            double r = random.nextDouble();
            if (r < withdraw) {
                step(TransferAction.WITHDRAW, random.nextBoolean() ? ActorKind.REQUESTER : ActorKind.PROVIDER,
                        "no longer pursued");
                closingReason = "no longer pursued";
                return true;
            }
            if (r < withdraw + cancel) {
                step(TransferAction.CANCEL, ActorKind.STAFF, "cancelled by the Center");
                closingReason = "cancelled by the Center";
                return true;
            }
            return false;
        }

        Transfer run(Set<String> openKeys) {
            // applications arrive at a rate growing linearly over the window
            long span = Duration.between(START, now).getSeconds();
            at = START.plusSeconds((long) (span * Math.sqrt(random.nextDouble())));
            Instant createdAt = at;
            history.add(new HistoryEntry(at, "seed-requester", "Requester", ActorKind.REQUESTER, null, null,
                    TransferStatus.SUBMITTED, "applied"));
            walk();
            String openKey = listing.id() + "/" + requester.id();
            if (status.isOpen() && !openKeys.add(openKey)) {
                // one open application per institution and listing: this one was withdrawn
                step(TransferAction.WITHDRAW, ActorKind.REQUESTER, "applied twice");
                closingReason = "applied twice";
            }
            Map<String, FollowUp> followUps = new LinkedHashMap<>();
            if (status == TransferStatus.COMPLETED) {
                for (int months : List.of(6, 12)) {
                    Instant due = completedAt.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
                    boolean filed = due.isBefore(now) && random.nextDouble() < 0.8;
                    followUps.put("m" + months, filed
                            ? new FollowUp(months, due, 50 + random.nextInt(2000), "62% of patients at HbA1c target",
                                    "none", "seed-requester", due.minus(Duration.ofDays(3)), null)
                            : new FollowUp(months, due, null, null, null, null, null,
                                    due.isBefore(now) ? due.plus(Duration.ofDays(1)) : null));
                }
            }
            int toTrain = 2 + random.nextInt(40);
            var application = new Transfer.Application("Intended use at " + requester.name(), List.of(), 100, List.of(),
                    100 + random.nextInt(5000), toTrain, listing.modes().get(random.nextInt(listing.modes().size())),
                    "within 12 months");
            var snapshot = new Transfer.ListingSnapshot(listing.reference(), listing.title(), listing.provider().name(),
                    listing.provider().country(), listing.diseaseAreas(), listing.technologyType());
            Instant deadline = status.isOpen() ? deadline(status, at) : null;
            return new Transfer(new ObjectId().toHexString(), listing.id(), snapshot, requester.id(), requester.country(),
                    listing.provider().institutionId(), null, application, status, status.isOpen() ? openKey : null,
                    status == TransferStatus.STAFF_INFO_REQUESTED ? infoFrom : null, acceptance, decline, closingReason,
                    agreement, training, deployment, followUps, history, "seed-requester", createdAt, at, acceptedAt,
                    approvedAt, completedAt, deadline, deadline != null && deadline.isBefore(now) ? deadline.plusSeconds(3600) : null,
                    (long) history.size());
        }

        private void walk() {
            // the provider answers: sometimes asks for information first
            if (!after(6)) {
                return;
            }
            if (random.nextDouble() < 0.1) {
                step(TransferAction.PROVIDER_REQUEST_INFO, ActorKind.PROVIDER, "please send the site survey");
                if (!after(4)) {
                    return;
                }
                if (maybeEnd(0.08, 0)) {
                    return;
                }
                step(TransferAction.REQUESTER_PROVIDE_INFO, ActorKind.REQUESTER, "survey attached");
                if (!after(3)) {
                    return;
                }
            }
            double r = random.nextDouble();
            if (r < 0.2) {
                var code = Milestones.DeclineReason.values()[random.nextInt(Milestones.DeclineReason.values().length)];
                decline = new Milestones.Decline(code, "declined", "seed-provider", at);
                step(TransferAction.DECLINE, ActorKind.PROVIDER, "declined");
                return;
            }
            if (r < 0.24) {
                maybeEnd(1, 0);
                return;
            }
            acceptance = new Milestones.Acceptance("standard terms", "two weeks on site", "seed-provider", at);
            acceptedAt = at;
            step(TransferAction.ACCEPT, ActorKind.PROVIDER, null);
            // staff decide
            if (!after(5)) {
                return;
            }
            if (random.nextDouble() < 0.1) {
                infoFrom = random.nextBoolean() ? ActorKind.REQUESTER : ActorKind.PROVIDER;
                step(TransferAction.STAFF_REQUEST_INFO, ActorKind.STAFF, "budget?");
                if (!after(5)) {
                    return;
                }
                step(TransferAction.ANSWER_STAFF, infoFrom, "answered");
                if (!after(3)) {
                    return;
                }
            }
            if (random.nextDouble() < 0.12) {
                step(TransferAction.REJECT, ActorKind.STAFF, "outside the programme");
                return;
            }
            approvedAt = at;
            step(TransferAction.APPROVE, ActorKind.STAFF, null);
            if (!after(30) || maybeEnd(0.03, 0.01)) {
                return;
            }
            agreement = new Milestones.Agreement(random.nextBoolean() ? Milestones.AgreementKind.MOU
                    : Milestones.AgreementKind.CONTRACT, day(at), null, null, "seed-provider", at);
            step(TransferAction.SIGN_AGREEMENT, ActorKind.PROVIDER, null);
            if (!after(60) || maybeEnd(0.03, 0.01)) {
                return;
            }
            training = new Milestones.Training(2 + random.nextInt(40), List.of("endocrinologist", "nurse"),
                    random.nextInt(30), day(at), "seed-provider", at);
            step(TransferAction.RECORD_TRAINING, ActorKind.PROVIDER, null);
            if (!after(30) || maybeEnd(0.02, 0)) {
                return;
            }
            deployment = new Milestones.Deployment(day(at), "live", "seed-requester", at);
            step(TransferAction.RECORD_DEPLOYMENT, ActorKind.REQUESTER, null);
            if (!after(7)) {
                return;
            }
            step(TransferAction.CONFIRM_COMPLETION, ActorKind.REQUESTER, null);
            if (!after(3)) {
                return;
            }
            completedAt = at;
            step(TransferAction.CLOSE, ActorKind.STAFF, null);
        }
    }

    /** The default durations of application.yaml ({@code transferhub.transfers.*}). */
    private static Instant deadline(TransferStatus status, Instant from) {
        int days = switch (status) {
            case SUBMITTED, INFO_REQUESTED, STAFF_INFO_REQUESTED -> 14;
            case ACCEPTED, COMPLETION_CONFIRMED -> 10;
            case APPROVED -> 60;
            case AGREEMENT_SIGNED -> 120;
            case TRAINING_DELIVERED -> 90;
            case DEPLOYED -> 30;
            default -> 0;
        };
        return from.plus(Duration.ofDays(days));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private Document write(Object entity) {
        Document doc = new Document();
        converter.write(entity, doc);
        return doc;
    }

    private void insert(String collection, List<Document> docs) {
        if (!docs.isEmpty()) {
            Mono.from(db.getCollection(collection).insertMany(docs)).block();
        }
    }
}
