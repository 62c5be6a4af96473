package org.transferhub.catalog.export;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.transferhub.catalog.Listing;
import org.transferhub.catalog.content.ListingContent;

/**
 * The columns of a catalog export. The first ones are exactly the import columns (lists joined with
 * ';'), so an exported CSV can be imported again.
 */
final class ExportColumns {

    record Column(String name, Function<Listing, Object> value) {}

    static final List<Column> ALL = List.of(
            new Column("reference", Listing::reference),
            text("language", ListingContent::language),
            text("title", ListingContent::title),
            text("summary", ListingContent::summary),
            text("description", ListingContent::description),
            list("diseaseAreas", ListingContent::diseaseAreas),
            new Column("technologyType", l -> l.content().technologyType() == null ? "" : l.content().technologyType().name()),
            new Column("trl", l -> l.content().trl()),
            list("transferModes", ListingContent::transferModes),
            list("keywords", ListingContent::keywords),
            new Column("providerName", l -> l.provider() == null ? "" : l.provider().name()),
            new Column("providerCountry", l -> l.provider() == null ? "" : l.provider().country()),
            list("targetCountries", ListingContent::targetCountries),
            list("trainingLanguages", ListingContent::trainingLanguages),
            new Column("status", l -> l.status().name()),
            new Column("publishedAt", Listing::publishedAt));

    private ExportColumns() {}

    private static Column text(String name, Function<ListingContent, String> f) {
        return new Column(name, l -> f.apply(l.content()));
    }

    private static Column list(String name, Function<ListingContent, List<?>> f) {
        return new Column(name, l -> String.join(";", f.apply(l.content()).stream().map(String::valueOf).toList()));
    }

    static String asText(Object value) {
        return switch (value) {
            case null -> "";
            case Instant instant -> instant.toString();
            default -> value.toString();
        };
    }
}
