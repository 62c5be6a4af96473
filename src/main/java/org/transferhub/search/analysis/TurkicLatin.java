package org.transferhub.search.analysis;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lossy Latin skeleton where Kazakh, Kyrgyz, Tajik and Uzbek meet whatever the script: Uzbek
 * {@code ўқғҳ} and {@code oʻ q gʻ h}, Kazakh Cyrillic {@code әқңөұү} and the 2021 Latin alphabet
 * {@code äqñöūü} all fold to plain ASCII letters. ICU's generic Any-Latin cannot do this: it writes
 * {@code ў} as {@code ŭ} while Uzbek Latin writes {@code oʻ}. Input must already be lower case.
 */
final class TurkicLatin {

    private static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        String[][] cyrillic = {
            {"а", "a"}, {"ә", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"ғ", "g"}, {"д", "d"},
            {"е", "e"}, {"ё", "yo"}, {"ж", "j"}, {"җ", "j"}, {"з", "z"}, {"и", "i"}, {"ӣ", "i"},
            {"й", "y"}, {"і", "i"}, {"к", "k"}, {"қ", "k"}, {"ҡ", "k"}, {"л", "l"}, {"м", "m"},
            {"н", "n"}, {"ң", "n"}, {"о", "o"}, {"ө", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"},
            {"т", "t"}, {"у", "u"}, {"ұ", "u"}, {"ү", "u"}, {"ӯ", "u"}, {"ў", "o"}, {"ф", "f"},
            {"х", "h"}, {"ҳ", "h"}, {"һ", "h"}, {"ц", "ts"}, {"ч", "ch"}, {"ҷ", "j"}, {"ш", "sh"},
            {"щ", "sh"}, {"ъ", ""}, {"ы", "i"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"}
        };
        String[][] latin = {
            {"ʻ", ""}, {"ʼ", ""}, {"'", ""}, {"’", ""}, {"‘", ""}, {"`", ""}, {"x", "h"}, {"q", "k"},
            {"ş", "sh"}, {"ç", "ch"}, {"ğ", "g"}, {"ä", "a"}, {"ö", "o"}, {"ü", "u"}, {"ū", "u"},
            {"ı", "i"}, {"ñ", "n"}, {"w", "v"}
        };
        for (String[] pair : cyrillic) {
            RULES.put(pair[0], pair[1]);
        }
        for (String[] pair : latin) {
            RULES.put(pair[0], pair[1]);
        }
    }

    static Transliterator transliterator() {
        StringBuilder rules = new StringBuilder();
        RULES.forEach((from, to) -> rules.append(escape(from)).append(" > ").append(escape(to)).append(" ;\n"));
        return Transliterator.createFromRules("TurkicLatinSkeleton", rules.toString(), Transliterator.FORWARD);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(cp -> escaped.append(String.format("\\u%04X", cp)));
        return escaped.toString();
    }

    private TurkicLatin() {}
}
