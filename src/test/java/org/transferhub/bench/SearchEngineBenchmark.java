package org.transferhub.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.catalog.bench.ListingGenerator;
import org.transferhub.search.SearchRequest;
import org.transferhub.search.SearchResult;
import org.transferhub.search.SearchTestKit;

/**
 * Search at scale, in-process (docs/benchmarks.md): generates N multilingual listings plus the 150
 * judged evaluation listings, rebuilds the Lucene index from an in-memory catalog through the
 * engine's own rebuild path (IndexSynchronizer.rebuild, bypassing MongoDB), then runs the 106
 * evaluation queries (11 languages, mostly cross-lingual) against the engine and against a "plain
 * MongoDB portal" stand-in: a case-insensitive regex of the whole query over title, summary and
 * description, newest first. Leaves the index in {@code <dataDir>/index} (marked synced) so the app
 * can serve it over HTTP, and writes the query strings to {@code <dataDir>/queries.txt}.
 *
 * <p>Not a test (the name does not end in Test/Tests). Usage:
 * {@code SearchEngineBenchmark <dataDir> [count=100000] [rounds=10]}.
 */
public final class SearchEngineBenchmark {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Files.createDirectories(dataDir);
        List<BenchSupport.EvalQuery> queries = BenchSupport.evalQueries();
        List<IndexableListing> eval = BenchSupport.evalListings();
        System.out.printf("queries: %d distinct, languages %s%n", queries.stream().map(q -> q.lang() + q.q()).distinct().count(),
                queries.stream().map(BenchSupport.EvalQuery::lang).distinct().sorted().toList());

        boolean reuse = args.length > 3 && args[3].equals("reuse");
        if (reuse) {
            queriesOnly(dataDir, queries, rounds);
            return;
        }
        long t0 = System.nanoTime();
        ListingGenerator generator = new ListingGenerator(42);
        List<IndexableListing> all = new ArrayList<>(count + eval.size());
        for (int i = 0; i < count; i++) {
            all.add(BenchSupport.generated(generator, i));
        }
        all.addAll(eval);
        System.out.printf("generated %d listings in %d ms%n", all.size(), (System.nanoTime() - t0) / 1_000_000);

        try (SearchTestKit kit = new SearchTestKit(dataDir.resolve("index"))) {
            all.forEach(kit.catalog::save);
            long r0 = System.nanoTime();
            kit.synchronizer.rebuild().block();
            double rebuildS = (System.nanoTime() - r0) / 1e9;
            System.out.printf("RESULT rebuild: %d listings in %.1f s (%.0f listings/s); index has %d documents%n",
                    all.size(), rebuildS, all.size() / rebuildS, kit.index.documentCount());
            System.out.println("RESULT after rebuild: " + BenchSupport.heap());

            for (int w = 0; w < 3; w++) {
                queries.forEach(q -> kit.engine.search(request(q)));
            }
            double[] took = new double[queries.size() * rounds];
            double[] wall = new double[took.length];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (BenchSupport.EvalQuery q : queries) {
                    long s = System.nanoTime();
                    SearchResult result = kit.engine.search(request(q));
                    wall[n] = (System.nanoTime() - s) / 1e6;
                    took[n++] = result.tookMs();
                }
            }
            System.out.println("RESULT engine tookMs: " + BenchSupport.stats(took));
            System.out.println("RESULT engine wall (call to return): " + BenchSupport.stats(wall));

            List<Pattern> patterns = queries.stream()
                    .map(q -> Pattern.compile(Pattern.quote(q.q()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
            List<IndexableListing> newestFirst = all.stream()
                    .sorted(Comparator.comparing(IndexableListing::publishedAt).reversed()).toList();
            // A full scan costs about half a second at 100,000 listings: one warm-up pass over 20 queries, one measured pass.
            patterns.stream().limit(20).forEach(p -> regex(newestFirst, p));
            double[] regexMs = new double[patterns.size()];
            List<List<String>> regexFound = new ArrayList<>();
            for (int i = 0; i < patterns.size(); i++) {
                long s = System.nanoTime();
                regexFound.add(regex(newestFirst, patterns.get(i)));
                regexMs[i] = (System.nanoTime() - s) / 1e6;
            }
            System.out.println("RESULT regex scan (in-process, lower bound for MongoDB $regex): " + BenchSupport.stats(regexMs));

            double engineNdcg = 0, regexNdcg = 0;
            int regexEmpty = 0;
            for (int i = 0; i < queries.size(); i++) {
                BenchSupport.EvalQuery q = queries.get(i);
                engineNdcg += BenchSupport.ndcgAt10(kit.engine.search(request(q)).hits().stream().map(SearchResult.Hit::id).toList(), q.judgments());
                List<String> found = regexFound.get(i);
                regexEmpty += found.isEmpty() ? 1 : 0;
                regexNdcg += BenchSupport.ndcgAt10(found, q.judgments());
            }
            System.out.printf("RESULT nDCG@10 at %d listings (generated ones unjudged = 0), all languages: engine %.3f, regex %.3f "
                    + "(regex found nothing for %d of %d queries)%n", all.size(), engineNdcg / queries.size(),
                    regexNdcg / queries.size(), regexEmpty, queries.size());
            System.out.println("RESULT end: " + BenchSupport.heap());
        }
        writeQueries(dataDir.resolve("queries.txt"), queries);
    }

    /** Queries only, against the index a previous run left in {@code <dataDir>/index} (for profiling). */
    private static void queriesOnly(Path dataDir, List<BenchSupport.EvalQuery> queries, int rounds) {
        try (SearchTestKit kit = new SearchTestKit(dataDir.resolve("index"))) {
            System.out.printf("reusing the index: %d documents%n", kit.index.documentCount());
            for (int w = 0; w < 3; w++) {
                queries.forEach(q -> kit.engine.search(request(q)));
            }
            double[] took = new double[queries.size() * rounds];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (BenchSupport.EvalQuery q : queries) {
                    took[n++] = kit.engine.search(request(q)).tookMs();
                }
            }
            System.out.println("RESULT engine tookMs (reused index): " + BenchSupport.stats(took));
            // The slowest queries by their median over the rounds: where tuning pays.
            List<double[]> perQuery = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                double[] own = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    own[r] = took[r * queries.size() + i];
                }
                java.util.Arrays.sort(own);
                perQuery.add(new double[] {own[rounds / 2], i});
            }
            perQuery.sort(Comparator.comparingDouble((double[] m) -> m[0]).reversed());
            perQuery.stream().limit(15).forEach(m -> {
                BenchSupport.EvalQuery q = queries.get((int) m[1]);
                SearchResult result = kit.engine.search(request(q));
                System.out.printf("slow query: median %.2f ms, %d matches, [%s] %s%n", m[0], result.total(), q.lang(), q.q());
            });
        }
    }

    private static SearchRequest request(BenchSupport.EvalQuery q) {
        return SearchRequest.simple(q.q(), q.lang(), 10);
    }

    /** What a plain portal does: {$or: [{title: {$regex, $options: "i"}}, …]}, newest first, first page of 10. */
    private static List<String> regex(List<IndexableListing> newestFirst, Pattern pattern) {
        List<String> page = new ArrayList<>(10);
        int total = 0;
        for (IndexableListing l : newestFirst) {
            IndexableListing.Text t = l.original();
            if (find(pattern, t.title()) || find(pattern, t.summary()) || find(pattern, t.description())) {
                total++;
                if (page.size() < 10) {
                    page.add(l.id());
                }
            }
        }
        return total >= 0 ? page : List.of();
    }

    private static boolean find(Pattern pattern, String text) {
        return text != null && pattern.matcher(text).find();
    }

    /** One {@code q=…&lang=…} line per query, URL-encoded, for the HTTP scripts. */
    private static void writeQueries(Path file, List<BenchSupport.EvalQuery> queries) throws Exception {
        List<String> lines = queries.stream().map(q -> "q=" + URLEncoder.encode(q.q(), StandardCharsets.UTF_8) + "&lang="
                + q.lang() + "&size=10").toList();
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
