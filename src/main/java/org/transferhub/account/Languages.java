package org.transferhub.account;

import java.util.Set;

/** The interface languages users may prefer (BCP 47 primary tags). */
public final class Languages {

    public static final Set<String> SUPPORTED = Set.of("zh", "ru", "en", "kk", "uz", "ky", "tg", "fa", "hi", "ur", "be");

    private Languages() {}

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }
}
