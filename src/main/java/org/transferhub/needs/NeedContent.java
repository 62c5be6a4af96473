package org.transferhub.needs;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a requesting hospital writes about a need: validated at the API edge (codes, sizes, country),
 * stored as is. Code fields hold {@link NeedCodes} names.
 */
public record NeedContent(
        String title,
        String problemStatement,
        String language,
        List<String> diseaseAreas,
        List<String> technologyTypes,
        String country,
        String region,
        String careSetting,
        Integer patientsPerYear,
        Site site,
        Budget budget,
        List<String> transferModes,
        Integer minimumTrl,
        List<String> staffLanguages,
        String timeline) {

    public NeedContent {
        diseaseAreas = copy(diseaseAreas);
        technologyTypes = copy(technologyTypes);
        transferModes = copy(transferModes);
        staffLanguages = copy(staffLanguages);
        site = site == null ? new Site(List.of(), List.of(), List.of(), List.of()) : site;
    }

    /** What the site already has, as short free-text items. */
    public record Site(List<String> equipment, List<String> specialists, List<String> it, List<String> lab) {

        public Site {
            equipment = copy(equipment);
            specialists = copy(specialists);
            it = copy(it);
            lab = copy(lab);
        }

        public List<String> all() {
            return java.util.stream.Stream.of(equipment, specialists, it, lab).flatMap(List::stream).toList();
        }
    }

    /** A budget range in one currency; min ≤ max is checked at the edge. */
    public record Budget(BigDecimal min, BigDecimal max, String currency) {}

    /** The text the matcher compares with listings. */
    public String matchText() {
        return (title == null ? "" : title + "\n") + problemStatement;
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
