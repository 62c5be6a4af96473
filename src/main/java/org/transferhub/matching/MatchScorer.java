package org.transferhub.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.needs.NeedContent;

/**
 * Scores one listing against one need, 0–100, with its explanation. A pure function of its inputs,
 * so scores are stable for the same data and comparable between needs. Points per criterion:
 * text/concept relevance 30, disease area 20, technology type 10, site requirements 10, TRL 8,
 * transfer modes 8, training languages 6, target countries 4, regulatory status 4. A criterion the
 * need leaves open earns a neutral part of its points. A listing that matches neither the disease
 * area nor the text (relevance below 0.1) gets half its points: it is off topic however well it fits.
 */
final class MatchScorer {

    static final int TEXT = 30, DISEASE = 20, TECHNOLOGY = 10, REQUIREMENTS = 10, TRL = 8, MODES = 8,
            LANGUAGES = 6, COUNTRY = 4, REGULATORY = 4;

    /** A computed score with what raised and what lowered it. */
    record Scored(int score, List<MatchItem> reasons, List<MatchItem> gaps) {}

    private MatchScorer() {}

    /**
     * @param relevance text and concept relevance of the listing to the need, 0..1
     * @param siteHas whether the site has a listing requirement (by words or concepts)
     */
    static Scored score(NeedContent need, IndexableListing listing, double relevance, Predicate<String> siteHas) {
        return score(need, listing, relevance, siteHas, true);
    }

    /**
     * @param explain whether to build the reasons and gaps; without them (empty lists) the score is the
     *        same and costs a fraction: a need's refresh scores a thousand candidates and explains the kept ones
     */
    static Scored score(NeedContent need, IndexableListing listing, double relevance, Predicate<String> siteHas,
            boolean explain) {
        List<MatchItem> reasons = explain ? new ArrayList<>() : null;
        List<MatchItem> gaps = explain ? new ArrayList<>() : null;
        double points = TEXT * Math.max(0, Math.min(1, relevance));
        int percent = (int) Math.round(relevance * 100);
        if (relevance >= 0.3) {
            add(reasons, () -> item("TEXT_RELEVANT", Map.of("relevance", percent)));
        } else if (relevance < 0.1) {
            add(gaps, () -> item("TEXT_WEAKLY_RELATED", Map.of("relevance", percent)));
        }

        List<String> areas = common(need.diseaseAreas(), listing.diseaseAreas());
        if (!areas.isEmpty()) {
            points += DISEASE * (0.6 + 0.4 * areas.size() / need.diseaseAreas().size());
            add(reasons, () -> item("DISEASE_AREA_MATCH", Map.of("areas", areas)));
        } else {
            add(gaps, () -> item("DISEASE_AREA_MISMATCH", Map.of("wanted", need.diseaseAreas(), "offered", nz(listing.diseaseAreas()))));
        }

        String type = listing.technologyType();
        if (need.technologyTypes().isEmpty()) {
            points += TECHNOLOGY * 0.6;
        } else if (type != null && need.technologyTypes().contains(type)) {
            points += TECHNOLOGY;
            add(reasons, () -> item("TECHNOLOGY_TYPE_MATCH", Map.of("type", type)));
        } else {
            add(gaps, () -> item("TECHNOLOGY_TYPE_MISMATCH", Map.of("offered", String.valueOf(type), "wanted", need.technologyTypes())));
        }

        List<String> requirements = nz(listing.requirements());
        if (requirements.isEmpty()) {
            points += REQUIREMENTS;
        } else {
            List<String> met = requirements.stream().filter(siteHas).toList();
            points += REQUIREMENTS * (double) met.size() / requirements.size();
            if (!met.isEmpty()) {
                add(reasons, () -> item("REQUIREMENTS_MET", Map.of("items", met)));
            }
            requirements.stream().filter(siteHas.negate()).forEach(missing -> add(gaps, () -> item("REQUIREMENT_MISSING",
                    Map.of("item", missing))));
        }

        Integer minimum = need.minimumTrl();
        if (minimum == null) {
            points += TRL;
        } else if (listing.trl() >= minimum) {
            points += TRL;
            add(reasons, () -> item("TRL_MEETS_MINIMUM", Map.of("trl", listing.trl(), "minimum", minimum)));
        } else {
            points += TRL * Math.max(0, 1 - (minimum - listing.trl()) / 3.0);
            add(gaps, () -> item("TRL_BELOW_MINIMUM", Map.of("trl", listing.trl(), "minimum", minimum)));
        }

        List<String> modes = common(need.transferModes(), listing.transferModes());
        if (need.transferModes().isEmpty()) {
            points += MODES * 0.6;
        } else if (!modes.isEmpty()) {
            points += MODES;
            add(reasons, () -> item("TRANSFER_MODE_MATCH", Map.of("modes", modes)));
        } else {
            add(gaps, () -> item("TRANSFER_MODE_MISMATCH", Map.of("offered", nz(listing.transferModes()))));
        }

        points += languages(need, listing, reasons, gaps);
        points += country(need, listing, reasons, gaps);
        points += regulatory(need, listing, reasons, gaps);
        if (areas.isEmpty() && relevance < 0.1) {
            // Everything else fitting does not make an unrelated technology a candidate.
            points /= 2;
            add(gaps, () -> item("OFF_TOPIC", Map.of()));
        }
        int score = (int) Math.max(0, Math.min(100, Math.round(points)));
        return explain ? new Scored(score, List.copyOf(reasons), List.copyOf(gaps)) : new Scored(score, List.of(), List.of());
    }

    private static double languages(NeedContent need, IndexableListing listing, List<MatchItem> reasons, List<MatchItem> gaps) {
        List<String> staff = need.staffLanguages().isEmpty() ? List.of(need.language()) : need.staffLanguages();
        List<String> available = nz(listing.trainingLanguages());
        if (available.isEmpty()) {
            add(gaps, () -> item("TRAINING_LANGUAGES_UNKNOWN", Map.of()));
            return LANGUAGES * 0.5;
        }
        List<String> shared = available.stream().filter(a -> staff.stream().anyMatch(s -> base(s).equals(base(a)))).toList();
        if (shared.isEmpty()) {
            add(gaps, () -> item("TRAINING_LANGUAGE_MISMATCH", Map.of("available", available)));
            return 0;
        }
        add(reasons, () -> item("TRAINING_LANGUAGE_MATCH", Map.of("languages", shared)));
        return LANGUAGES;
    }

    private static double country(NeedContent need, IndexableListing listing, List<MatchItem> reasons, List<MatchItem> gaps) {
        List<String> targets = nz(listing.targetCountries());
        if (targets.isEmpty()) {
            return COUNTRY;
        }
        if (targets.contains(need.country())) {
            add(reasons, () -> item("COUNTRY_TARGETED", Map.of("country", need.country())));
            return COUNTRY;
        }
        add(gaps, () -> item("COUNTRY_NOT_TARGETED", Map.of("country", need.country(), "targets", targets)));
        return 0;
    }

    private static double regulatory(NeedContent need, IndexableListing listing, List<MatchItem> reasons, List<MatchItem> gaps) {
        String status = listing.regulatoryStatus() == null ? null : listing.regulatoryStatus().get(need.country());
        Map<String, Object> params = Map.of("country", need.country());
        return switch (status == null ? "UNKNOWN" : status) {
            case "REGISTERED" -> {
                add(reasons, () -> item("REGISTERED_IN_COUNTRY", params));
                yield REGULATORY;
            }
            case "NOT_REQUIRED" -> {
                add(reasons, () -> item("REGISTRATION_NOT_REQUIRED", params));
                yield REGULATORY;
            }
            case "PENDING" -> {
                add(gaps, () -> item("REGISTRATION_PENDING", params));
                yield REGULATORY * 0.5;
            }
            case "NOT_REGISTERED" -> {
                add(gaps, () -> item("NOT_REGISTERED_IN_COUNTRY", params));
                yield 0;
            }
            default -> {
                add(gaps, () -> item("REGULATORY_STATUS_UNKNOWN", params));
                yield REGULATORY * 0.5;
            }
        };
    }

    private static String base(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> common(List<String> wanted, List<String> offered) {
        return wanted.stream().filter(nz(offered)::contains).toList();
    }

    private static List<String> nz(List<String> list) {
        return list == null ? List.of() : list;
    }

    /** Adds an explanation item when explaining (the item, and its message, are built only then). */
    private static void add(List<MatchItem> to, java.util.function.Supplier<MatchItem> item) {
        if (to != null) {
            to.add(item.get());
        }
    }

    private static MatchItem item(String code, Map<String, Object> params) {
        return new MatchItem(code, params, MatchMessages.english(code, params));
    }
}
