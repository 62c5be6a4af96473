package org.transferhub.catalog.content;

import java.util.List;

/** Country codes as listing content uses them; validity is the platform's rule (ISO 3166-1 alpha-2). */
public final class Countries {

    /** SCO member states: the default target countries of a listing. */
    public static final List<String> SCO_MEMBER_STATES =
            List.of("CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY");

    private Countries() {}

    public static boolean isValid(String code) {
        return org.transferhub.reference.Countries.isValid(code);
    }
}
