package org.transferhub.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Language-light text features for the fallback relevance and for comparing a site's equipment
 * with a listing's requirements: folded lower-case words, crude stems (a word's ending dropped, which
 * covers most Russian and Kazakh inflection) and Han character bigrams.
 */
final class TextFeatures {

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "our", "are", "has", "have", "not",
            "from", "that", "this", "need", "needs", "patients", "patient", "hospital", "which", "who", "per", "year",
            "для", "что", "как", "при", "это", "нет", "наш", "наша", "наши", "нам", "или", "год", "больница",
            "пациентов", "пациенты", "мы", "и", "в", "на", "с", "по", "не", "из", "у", "бар", "және", "үшін", "va", "uchun",
            "bilan", "yil", "bemorlar", "біз", "жоқ");

    private TextFeatures() {}

    /** Lower case, accents folded, every non-letter/digit a space; padded with spaces on both sides. */
    static String normalize(String text) {
        if (text == null) {
            return " ";
        }
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(folded.length() + 2).append(' ');
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        if (!space) {
            out.append(' ');
        }
        return out.toString();
    }

    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        for (String word : normalized.trim().split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The stem a word is compared by: short words exactly, longer ones without their last letters. */
    static String stem(String word) {
        int length = word.codePointCount(0, word.length());
        if (length >= 7) {
            return word.substring(0, word.offsetByCodePoints(0, length - 2));
        }
        if (length >= 5) {
            return word.substring(0, word.offsetByCodePoints(0, length - 1));
        }
        return word;
    }

    /** Drops one final letter of words of six letters or more (inflection only, never part of the root). */
    static String stemLightly(String word) {
        int length = word.codePointCount(0, word.length());
        return length >= 6 ? word.substring(0, word.offsetByCodePoints(0, length - 1)) : word;
    }

    static boolean isHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** Stems of the content words, plus bigrams of Han runs (Chinese has no spaces). */
    static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words(normalize(text))) {
            if (isHan(word)) {
                int[] cps = word.codePoints().toArray();
                for (int i = 0; i + 1 < cps.length; i++) {
                    terms.add(new String(cps, i, 2));
                }
                if (cps.length == 1) {
                    terms.add(word);
                }
            } else if (word.length() >= 3 && !STOP.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /** Set cosine: |a ∩ b| / sqrt(|a|·|b|). */
    static double cosine(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long common = small.stream().filter(large::contains).count();
        return common / Math.sqrt((double) a.size() * b.size());
    }
}
