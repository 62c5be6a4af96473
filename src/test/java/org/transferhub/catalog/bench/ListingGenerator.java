package org.transferhub.catalog.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Realistic multilingual catalog import lines (NDJSON) for tests and benchmarks: metabolic-disease
 * technologies in zh, ru, en, kk, uz, ky, tg, fa, hi, ur and be, built from templates and term lists.
 * Deterministic: the same seed and index always give the same line, and lines can be made in any
 * order or in parallel. Run {@code main(count, seed, file)} to write a file for a benchmark.
 */
public final class ListingGenerator {

    /** Aligned with the {@code diseases} term lists of every language. */
    static final List<String> DISEASE_AREAS =
            List.of("DIABETES", "OBESITY", "HYPERTENSION", "DYSLIPIDEMIA", "FATTY_LIVER", "KIDNEY", "THYROID");
    /** Aligned with the {@code technologies} term lists of every language. */
    static final List<String> TECHNOLOGY_TYPES = List.of("MEDICAL_DEVICE", "THERAPEUTIC", "CLINICAL_PROTOCOL",
            "DIGITAL_HEALTH", "CLINICAL_PROTOCOL", "DIAGNOSTIC");
    static final List<String> TRANSFER_MODES =
            List.of("LICENSE", "TECHNICAL_ASSISTANCE", "TRAINING", "CO_DEVELOPMENT", "EQUIPMENT_SUPPLY", "JOINT_VENTURE");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long seed;

    public ListingGenerator(long seed) {
        this.seed = seed;
    }

    /** The reference of line {@code index}: stable, so a second import of the same lines only updates. */
    public String reference(int index) {
        return "GEN-%d-%07d".formatted(seed, index);
    }

    /** One listing as an import object. */
    public Map<String, Object> listing(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        GeneratorLanguages.Language lang = pick(random, GeneratorLanguages.ALL);
        int tech = random.nextInt(lang.technologies().size());
        int disease = random.nextInt(lang.diseases().size());
        String techText = lang.technologies().get(tech);
        String diseaseText = lang.diseases().get(disease);
        Map<String, String> values = Map.of("{tech}", techText, "{disease}", diseaseText,
                "{n}", String.valueOf(2 + random.nextInt(60)), "{patients}", String.valueOf(80 + random.nextInt(5000)),
                "{percent}", String.valueOf(8 + random.nextInt(40)), "{days}", String.valueOf(3 + random.nextInt(28)));
        String summary = fill(lang.summary(), values);
        List<String> sentences = new ArrayList<>(List.of(summary, fill(lang.evidence(), values), fill(lang.transfer(), values)));
        if (random.nextBoolean()) {
            sentences.add(fill(lang.evidence(), values));
        }
        List<String> provider = pick(random, lang.providers());

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("reference", reference(index));
        line.put("language", lang.code());
        line.put("title", fill(lang.title(), values));
        line.put("summary", summary);
        line.put("description", String.join(" ", sentences));
        line.put("diseaseAreas", disease == 0 || random.nextInt(4) > 0 ? List.of(DISEASE_AREAS.get(disease))
                : List.of(DISEASE_AREAS.get(disease), "DIABETES"));
        line.put("technologyType", TECHNOLOGY_TYPES.get(tech));
        line.put("trl", 4 + random.nextInt(6));
        line.put("transferModes", modes(random));
        line.put("keywords", List.of(techText, diseaseText, pick(random, lang.keywords())));
        line.put("providerName", provider.get(0));
        line.put("providerCountry", provider.get(1));
        return line;
    }

    public String line(int index) {
        return JSON.writeValueAsString(listing(index));
    }

    public Stream<String> lines(int count) {
        return IntStream.range(0, count).mapToObj(this::line);
    }

    /** Usage: {@code ListingGenerator <count> <seed> <file.ndjson>}. */
    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        ListingGenerator generator = new ListingGenerator(Long.parseLong(args[1]));
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(generator.line(i));
                out.write('\n');
            }
        }
    }

    private static List<String> modes(SplittableRandom random) {
        List<String> modes = new ArrayList<>();
        for (String mode : TRANSFER_MODES) {
            if (random.nextInt(3) == 0) {
                modes.add(mode);
            }
        }
        return modes.isEmpty() ? List.of("TRAINING") : modes;
    }

    private static String fill(String template, Map<String, String> values) {
        String result = template;
        for (var e : values.entrySet()) {
            result = result.replace(e.getKey(), e.getValue());
        }
        return result;
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
