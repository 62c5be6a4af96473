package org.transferhub.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * USERS virtual users working on applications against a running app for SECONDS seconds, each
 * signed in once (one session each: the login throttle only counts failures, and reusing the
 * session is what a browser does). Requesters apply for listings of the bench providers
 * ({@code bench-plan.txt} from {@link TransferSeed}), read their applications, sign agreements,
 * record go-live, confirm completion, write and read messages; providers read their inbox, accept,
 * record training, write messages; staff read the review queue, approve, close. Closed loop, no
 * think time unless THINK_MS. Reports requests/s, p50/p99 per request kind and the status codes;
 * any 5xx or transport error counts as an error. A 409 is expected when two users race for the same
 * step (the guarded update lets one win) and is reported, not counted as an error.
 * Usage: {@code TransferLoadBenchmark <baseUrl> <bench-plan.txt> [users=50] [seconds=60] [warmupSeconds=10]}.
 */
public final class TransferLoadBenchmark {

    private record Planned(int provider, String listingId, String mode) {}

    private static final Map<String, ConcurrentLinkedQueue<Double>> LATENCIES = new ConcurrentHashMap<>();
    private static final Map<String, Map<Integer, AtomicLong>> STATUSES = new ConcurrentHashMap<>();
    private static final ConcurrentLinkedQueue<String> ERRORS = new ConcurrentLinkedQueue<>();
    private static volatile boolean measuring;
    private static volatile boolean stopping;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<Planned> plan = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(l -> l.split(" ")).map(p -> new Planned(Integer.parseInt(p[0]), p[1], p[2])).toList();
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        long think = Long.parseLong(System.getenv().getOrDefault("THINK_MS", "0"));
        int requesters = users / 2;
        int providers = users * 3 / 10;
        int staff = users - requesters - providers;

        List<VirtualUser> all = new ArrayList<>();
        for (int i = 0; i < requesters; i++) {
            all.add(new Requester(base, "bench-requester-" + i, i, plan));
        }
        for (int i = 0; i < providers; i++) {
            all.add(new Provider(base, "bench-provider-" + i, i));
        }
        for (int i = 0; i < staff; i++) {
            all.add(new Staff(base, "bench-staff-" + i, i));
        }
        long t0 = System.nanoTime();
        try (ExecutorService signIns = Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<Object>> done = new ArrayList<>();
            for (VirtualUser u : all) {
                done.add(signIns.submit(() -> {
                    u.signIn();
                    return null;
                }));
            }
            for (var f : done) {
                f.get();   // a user who cannot sign in ends the benchmark
            }
        }
        System.out.printf("RESULT signed in %d users (%d requesters, %d providers, %d staff) in %.1f s%n", all.size(),
                requesters, providers, staff, (System.nanoTime() - t0) / 1e9);
        LATENCIES.clear();
        STATUSES.clear();
        ERRORS.clear();

        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        for (VirtualUser u : all) {
            pool.submit(() -> {
                while (!stopping) {
                    try {
                        u.iteration();
                        if (think > 0) {
                            Thread.sleep(think);
                        }
                    } catch (Exception e) {
                        if (measuring) {
                            ERRORS.add(u.username + ": " + e);
                        }
                    }
                }
            });
        }
        Thread.sleep(warmup * 1000L);
        LATENCIES.clear();
        STATUSES.clear();
        ERRORS.clear();
        measuring = true;
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring = false;
        double elapsed = (System.nanoTime() - start) / 1e9;
        stopping = true;
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        report(elapsed, users);
    }

    private static void report(double elapsed, int users) {
        long total = LATENCIES.values().stream().mapToLong(q -> q.size()).sum();
        long errors = ERRORS.size();
        Map<Integer, Long> byStatus = new TreeMap<>();
        STATUSES.values().forEach(m -> m.forEach((s, n) -> byStatus.merge(s, n.get(), Long::sum)));
        long serverErrors = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("RESULT %d users, %.1f s: %d requests = %.1f req/s; status codes %s; 5xx %d; transport/other errors %d%n",
                users, elapsed, total, total / elapsed, byStatus, serverErrors, errors);
        for (var e : new TreeMap<>(LATENCIES).entrySet()) {
            double[] ms = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf("RESULT %-22s n=%6d (%5.1f/s) p50=%8.1f p90=%8.1f p99=%8.1f max=%8.1f ms  %s%n", e.getKey(),
                    ms.length, ms.length / elapsed, BenchSupport.percentile(ms, 50), BenchSupport.percentile(ms, 90),
                    BenchSupport.percentile(ms, 99), BenchSupport.percentile(ms, 100), STATUSES.get(e.getKey()));
        }
        ERRORS.stream().limit(20).forEach(e -> System.out.println("ERROR " + e));
    }

    /** One signed-in person with their own cookies (session and CSRF token). */
    private abstract static class VirtualUser {
        final String base;
        final String username;
        final HttpClient http;
        final SplittableRandom random;
        String csrf;

        VirtualUser(String base, String username, int seed) {
            this.base = base;
            this.username = username;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
            this.random = new SplittableRandom(username.hashCode() * 31L + seed);
        }

        void signIn() throws Exception {
            csrf = token();
            var login = call("login", "POST", "/api/auth/login",
                    Map.of("username", username, "password", TransferSeed.PASSWORD), false);
            if (login.statusCode() != 200) {
                throw new IllegalStateException(username + " could not sign in: " + login.statusCode() + " " + login.body());
            }
            csrf = token();
        }

        private String token() throws Exception {
            var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/csrf")).timeout(Duration.ofMinutes(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return BenchSupport.JSON.readTree(answer.body()).get("token").asString();
        }

        abstract void iteration() throws Exception;

        HttpResponse<String> get(String kind, String path) throws Exception {
            return call(kind, "GET", path, null, false);
        }

        HttpResponse<String> post(String kind, String path, Object body) throws Exception {
            return call(kind, "POST", path, body, false);
        }

        HttpResponse<String> call(String kind, String method, String path, Object body, boolean idempotent)
                throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds("login".equals(kind) ? 180 : 60))
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.method(method, HttpRequest.BodyPublishers.ofString(BenchSupport.JSON.writeValueAsString(body)))
                        .header("Content-Type", "application/json");
            }
            if (!"GET".equals(method)) {
                request.header("X-XSRF-TOKEN", csrf);
            }
            if (idempotent) {
                request.header("Idempotency-Key", UUID.randomUUID().toString());
            }
            long s = System.nanoTime();
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - s) / 1e6;
            if (measuring) {
                LATENCIES.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(ms);
                STATUSES.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(answer.statusCode(), c -> new AtomicLong()).incrementAndGet();
                if (answer.statusCode() >= 500) {
                    ERRORS.add(kind + " " + method + " " + path + " -> " + answer.statusCode() + " "
                            + answer.body().substring(0, Math.min(300, answer.body().length())));
                }
            }
            return answer;
        }

        List<JsonNode> list(HttpResponse<String> answer) {
            if (answer.statusCode() != 200) {
                return List.of();
            }
            List<JsonNode> items = new ArrayList<>();
            BenchSupport.JSON.readTree(answer.body()).forEach(items::add);
            return items;
        }

        <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        /** Opens an application, reads and writes in its thread. */
        void converse(String id) throws Exception {
            get("GET transfer", "/api/transfers/" + id);
            if (random.nextInt(3) == 0) {
                call("POST message", "POST", "/api/transfers/" + id + "/messages",
                        Map.of("text", "Question " + random.nextInt(1000) + " about the site survey"), true);
            }
            get("GET messages", "/api/transfers/" + id + "/messages");
        }
    }

    private static final class Requester extends VirtualUser {
        private final List<Planned> plan;

        Requester(String base, String username, int seed, List<Planned> plan) {
            super(base, username, seed);
            this.plan = plan;
        }

        @Override
        void iteration() throws Exception {
            if (random.nextInt(3) == 0) {
                Planned listing = pick(plan);
                call("POST apply", "POST", "/api/transfers", Map.of("listingId", listing.listingId(),
                        "intendedUse", "Screening at our endocrinology department", "readiness", List.of(),
                        "patientsPerYear", 1200, "professionalsToTrain", 1 + random.nextInt(30),
                        "preferredMode", listing.mode(), "timeline", "within 6 months"), true);
            }
            List<JsonNode> mine = list(get("GET my applications", "/api/my/transfers?size=20"));
            List<JsonNode> actionable = list(get("GET my applications", "/api/my/transfers?size=20&sort=deadline"
                    + "&status=APPROVED&status=TRAINING_DELIVERED&status=DEPLOYED"));
            if (!actionable.isEmpty()) {
                JsonNode t = pick(actionable);
                String id = t.get("id").asString();
                String today = LocalDate.now().toString();
                switch (t.get("status").asString()) {
                    case "APPROVED" -> post("POST agreement", "/api/transfers/" + id + "/milestones/agreement",
                            Map.of("kind", "MOU", "signedOn", today));
                    case "TRAINING_DELIVERED" -> post("POST deployment", "/api/transfers/" + id + "/milestones/deployment",
                            Map.of("goLiveOn", today, "note", "live in the outpatient clinic"));
                    case "DEPLOYED" -> post("POST confirm-completion", "/api/transfers/" + id + "/confirm-completion",
                            Map.of("comment", "works as promised"));
                    default -> { }
                }
            }
            if (!mine.isEmpty()) {
                converse(pick(mine).get("id").asString());
            }
        }
    }

    private static final class Provider extends VirtualUser {
        Provider(String base, String username, int seed) {
            super(base, username, seed);
        }

        @Override
        void iteration() throws Exception {
            List<JsonNode> submitted = list(get("GET provider inbox", "/api/provider/transfers?size=20&status=SUBMITTED"));
            if (!submitted.isEmpty()) {
                post("POST accept", "/api/transfers/" + pick(submitted).get("id").asString() + "/accept",
                        Map.of("terms", "Licence free of charge for public hospitals", "trainingPlan", "Two weeks on site"));
            }
            List<JsonNode> signed = list(get("GET provider inbox", "/api/provider/transfers?size=20&status=AGREEMENT_SIGNED"));
            if (!signed.isEmpty()) {
                post("POST training", "/api/transfers/" + pick(signed).get("id").asString() + "/milestones/training",
                        Map.of("professionalsTrained", 1 + random.nextInt(20), "professions", List.of("endocrinologist", "nurse"),
                                "certificatesIssued", random.nextInt(20), "deliveredOn", LocalDate.now().toString()));
            }
            List<JsonNode> inbox = list(get("GET provider inbox", "/api/provider/transfers?size=20"));
            if (!inbox.isEmpty()) {
                converse(pick(inbox).get("id").asString());
            }
        }
    }

    private static final class Staff extends VirtualUser {
        Staff(String base, String username, int seed) {
            super(base, username, seed);
        }

        @Override
        void iteration() throws Exception {
            List<JsonNode> accepted = list(get("GET staff queue", "/api/staff/transfers?size=20&status=ACCEPTED"));
            if (!accepted.isEmpty()) {
                post("POST approve", "/api/transfers/" + pick(accepted).get("id").asString() + "/approve",
                        Map.of("comment", "fits the programme"));
            }
            List<JsonNode> confirmed = list(get("GET staff queue", "/api/staff/transfers?size=20&status=COMPLETION_CONFIRMED"));
            if (!confirmed.isEmpty()) {
                post("POST close", "/api/transfers/" + pick(confirmed).get("id").asString() + "/close",
                        Map.of("comment", "closed"));
            }
            if (random.nextInt(4) == 0) {
                List<JsonNode> queue = list(get("GET staff queue", "/api/staff/transfers?size=20"));
                if (!queue.isEmpty()) {
                    get("GET transfer", "/api/transfers/" + pick(queue).get("id").asString());
                }
            }
        }
    }
}
