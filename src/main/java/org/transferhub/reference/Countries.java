package org.transferhub.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes, with the Shanghai Cooperation Organisation's member states,
 * observers and dialogue partners first: the order in which pickers offer them. Any country is valid.
 */
public final class Countries {

    /** How a country relates to the SCO. */
    public enum Group { MEMBER, OBSERVER, DIALOGUE_PARTNER, OTHER }

    /** One entry of the picker list; the client localises the name (Intl.DisplayNames). */
    public record Country(String code, Group group) {}

    private static final List<String> MEMBERS = List.of("CN", "IN", "IR", "KZ", "KG", "PK", "RU", "TJ", "UZ", "BY");
    private static final List<String> OBSERVERS = List.of("AF", "MN");
    private static final List<String> DIALOGUE_PARTNERS = List.of("AM", "AZ", "BH", "EG", "KH", "KW", "MV", "MM",
            "NP", "QA", "SA", "LK", "TR", "AE", "LA");

    private static final Set<String> ALL_CODES = Set.of(Locale.getISOCountries());
    private static final List<Country> ORDERED = order();

    private Countries() {}

    /** True for an upper-case ISO 3166-1 alpha-2 code such as {@code KZ}. */
    public static boolean isValid(String code) {
        return code != null && ALL_CODES.contains(code);
    }

    public static Group groupOf(String code) {
        if (MEMBERS.contains(code)) {
            return Group.MEMBER;
        }
        if (OBSERVERS.contains(code)) {
            return Group.OBSERVER;
        }
        return DIALOGUE_PARTNERS.contains(code) ? Group.DIALOGUE_PARTNER : Group.OTHER;
    }

    /** Every country: members, observers, dialogue partners, then the rest alphabetically by code. */
    public static List<Country> ordered() {
        return ORDERED;
    }

    private static List<Country> order() {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        codes.addAll(MEMBERS);
        codes.addAll(OBSERVERS);
        codes.addAll(DIALOGUE_PARTNERS);
        String[] rest = Locale.getISOCountries();
        Arrays.sort(rest);
        codes.addAll(Arrays.asList(rest));
        List<Country> countries = new ArrayList<>();
        for (String code : codes) {
            countries.add(new Country(code, groupOf(code)));
        }
        return Collections.unmodifiableList(countries);
    }
}
