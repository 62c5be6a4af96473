package org.transferhub.bench;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.catalog.bench.ListingGenerator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The "plain MongoDB-backed portal" side by side with our search, against the database this project
 * runs by default (embedded mongo-java-server, H2 backend): the same N generated listings plus the
 * 150 judged evaluation listings, and for each of the 106 evaluation queries
 * {@code find({$or: [{title: /q/i}, {summary: /q/i}, {description: /q/i}]}).sort({publishedAt: -1}).limit(10)}
 * plus the {@code countDocuments} a paged portal needs. Reports latency and nDCG@10.
 * Usage: {@code MongoRegexBenchmark <dir> [count=100000]}.
 */
public final class MongoRegexBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("regex.mv.db"));
        H2Backend backend = new H2Backend(dir.resolve("regex.mv.db").toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> listings = client.getDatabase("bench").getCollection("listings");
            ListingGenerator generator = new ListingGenerator(42);
            List<IndexableListing> eval = BenchSupport.evalListings();
            long t0 = System.nanoTime();
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < count + eval.size(); i++) {
                batch.add(document(i < count ? BenchSupport.generated(generator, i) : eval.get(i - count)));
                if (batch.size() == 1000 || i == count + eval.size() - 1) {
                    Mono.from(listings.insertMany(batch)).block();
                    batch = new ArrayList<>();
                }
            }
            System.out.printf("RESULT mongo insert: %d documents in %.1f s%n", count + eval.size(), (System.nanoTime() - t0) / 1e9);
            Mono.from(listings.createIndex(new Document("publishedAt", -1))).block();

            List<BenchSupport.EvalQuery> queries = BenchSupport.evalQueries();
            queries.stream().limit(5).forEach(q -> page(listings, q.q()));
            double[] ms = new double[queries.size()];
            double ndcg = 0;
            for (int i = 0; i < queries.size(); i++) {
                long s = System.nanoTime();
                List<String> ids = page(listings, queries.get(i).q());
                ms[i] = (System.nanoTime() - s) / 1e6;
                ndcg += BenchSupport.ndcgAt10(ids, queries.get(i).judgments());
            }
            System.out.println("RESULT mongo $regex page of 10 + count: " + BenchSupport.stats(ms));
            System.out.printf("RESULT mongo $regex nDCG@10 (generated unjudged = 0): %.3f%n", ndcg / queries.size());
            System.out.println("RESULT end: " + BenchSupport.heap());
        } finally {
            server.shutdownNow();
        }
    }

    private static List<String> page(MongoCollection<Document> listings, String q) {
        String pattern = Pattern.quote(q);
        Bson filter = Filters.or(Filters.regex("title", pattern, "i"), Filters.regex("summary", pattern, "i"),
                Filters.regex("description", pattern, "i"));
        List<String> ids = Flux.from(listings.find(filter).sort(Sorts.descending("publishedAt")).limit(10))
                .map(d -> d.getString("_id")).collectList().block();
        Mono.from(listings.countDocuments(filter)).block();
        return ids;
    }

    private static Document document(IndexableListing l) {
        return new Document("_id", l.id()).append("language", l.language()).append("title", l.original().title())
                .append("summary", l.original().summary()).append("description", l.original().description())
                .append("publishedAt", Date.from(l.publishedAt()));
    }
}
