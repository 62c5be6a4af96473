package org.transferhub.needs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for needs: a complete valid need, to which tests apply their one change. */
public final class NeedFixtures {

    private NeedFixtures() {}

    /** A Russian need from a regional hospital in Kazakhstan that wants diabetic-retinopathy screening. */
    public static Map<String, Object> retinopathyNeed(String visibility) {
        Map<String, Object> need = new HashMap<>();
        need.put("title", "Скрининг диабетической ретинопатии");
        need.put("problemStatement", "Нам нужен скрининг диабетической ретинопатии для пациентов с сахарным диабетом: "
                + "фундус-камера и обучение офтальмологов.");
        need.put("language", "ru");
        need.put("diseaseAreas", List.of("DIABETES"));
        need.put("technologyTypes", List.of("DIAGNOSTIC", "DIGITAL_HEALTH"));
        need.put("country", "KZ");
        need.put("region", "Karaganda");
        need.put("careSetting", "REGIONAL_HOSPITAL");
        need.put("patientsPerYear", 12000);
        need.put("site", Map.of("equipment", List.of("ophthalmoscope"), "specialists", List.of("офтальмолог"),
                "it", List.of("hospital information system"), "lab", List.of()));
        need.put("budget", Map.of("min", 10000, "max", 50000, "currency", "USD"));
        need.put("transferModes", List.of("TRAINING", "TECHNICAL_ASSISTANCE"));
        need.put("minimumTrl", 6);
        need.put("staffLanguages", List.of("ru", "kk"));
        need.put("timeline", "within 12 months");
        need.put("visibility", visibility);
        return need;
    }

    public static Map<String, Object> with(Map<String, Object> need, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(need);
        changed.put(field, value);
        return changed;
    }
}
