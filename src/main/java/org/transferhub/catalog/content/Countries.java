package org.transferhub.catalog.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Country codes as the catalog accepts them (ISO 3166-1 alpha-2). Stand-in until the institution
 * feature's {@code Countries.isValid} is merged; then delegate to it.
 */
public final class Countries {

    /** SCO member states: the default target countries of a listing. */
    public static final List<String> SCO_MEMBER_STATES =
            List.of("CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY");

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static boolean isValid(String code) {
        return code != null && ISO.contains(code);
    }
}
