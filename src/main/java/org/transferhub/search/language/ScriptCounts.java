package org.transferhub.search.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many letters of each script a text has. */
record ScriptCounts(Map<ScriptCounts.Script, Integer> counts) {

    enum Script { HAN, DEVANAGARI, ARABIC, CYRILLIC, LATIN }

    static ScriptCounts of(String text) {
        Map<Script, Integer> counts = new EnumMap<>(Script.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            Script script = switch (Character.UnicodeScript.of(cp)) {
                case HAN, HIRAGANA, KATAKANA -> Script.HAN;
                case DEVANAGARI -> Script.DEVANAGARI;
                case ARABIC -> Script.ARABIC;
                case CYRILLIC -> Script.CYRILLIC;
                case LATIN -> Script.LATIN;
                default -> null;
            };
            if (script != null) {
                counts.merge(script, script == Script.HAN ? 3 : 1, Integer::sum); // one Han char ≈ a short word
            }
        });
        return new ScriptCounts(counts);
    }

    List<Script> byFrequency() {
        List<Script> scripts = new ArrayList<>(counts.keySet());
        scripts.sort((a, b) -> counts.get(b) - counts.get(a));
        return scripts;
    }

    Script dominant() {
        List<Script> scripts = byFrequency();
        return scripts.isEmpty() ? null : scripts.getFirst();
    }
}
