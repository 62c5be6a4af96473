package org.transferhub.matching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.mongodb.core.query.Query;
import org.transferhub.needs.NeedCodes.Visibility;

/**
 * What a refresh knows of a stored match before it writes: whether staff curated it, whether it is
 * active, its score, and the digest of the computed fields last written. A match stored active with
 * the same digest is not written again, so a recompute of unchanged data rewrites no match.
 *
 * <p>The digest is SHA-256 (first 8 bytes) of a canonical text of the fields, with explanation
 * parameters in key order: the same on every node and after a restart (a Map's own iteration order
 * is not). A document written before digests existed has digest 0 and is written once more.
 */
record StoredPair(boolean curated, boolean active, int score, long digest) {

    /** Projects a query on {@code matches} to the fields {@link #of} reads (and the pair's two ids). */
    static Query fields(Query query) {
        query.fields().include("needId").include("listingId").include("curation").include("active").include("score")
                .include("digest");
        return query;
    }

    static StoredPair of(org.bson.Document match) {
        Object score = match.get("score");
        Object digest = match.get("digest");
        return new StoredPair(match.get("curation") != null, Boolean.TRUE.equals(match.get("active")),
                score instanceof Number n ? n.intValue() : 0, digest instanceof Number n ? n.longValue() : 0);
    }

    static long digest(String needId, String listingId, String needInstitutionId, String providerInstitutionId,
            String needCountry, List<String> needDiseaseAreas, Visibility needVisibility, int score,
            List<MatchItem> reasons, List<MatchItem> gaps) {
        StringBuilder text = new StringBuilder(512);
        for (Object field : new Object[] {needId, listingId, needInstitutionId, providerInstitutionId, needCountry,
                needDiseaseAreas, needVisibility, score}) {
            text.append(field).append('\u0001');
        }
        for (List<MatchItem> items : List.of(reasons, gaps)) {
            for (MatchItem item : items) {
                text.append(item.code()).append('\u0002').append(canonical(item.params())).append('\u0002')
                        .append(item.message()).append('\u0003');
            }
            text.append('\u0001');
        }
        byte[] hash = sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (hash[i] & 0xff);
        }
        return value == 0 ? 1 : value; // 0 means "no digest stored"
    }

    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(StoredPair::canonical).toList().toString();
        }
        return String.valueOf(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
