"""Writes listings.json and queries.json of the development evaluation set (run from this folder).

Each of 30 metabolic-disease technologies is described by five providers in five different
languages; a query about a technology grades its listings 3 in every language, listings of closely
related technologies 1 or 2, everything else 0."""
import json, itertools
from topics_a import TOPICS_A
from topics_b import TOPICS_B
from queries_src import QUERIES, RELATED

COUNTRY = {"zh": "CN", "ru": "RU", "en": "IN", "kk": "KZ", "uz": "UZ", "fa": "IR", "hi": "IN"}
MODES = [["LICENSE"], ["TRAINING"], ["JOINT_VENTURE", "TRAINING"], ["EQUIPMENT_SUPPLY"]]
topics = TOPICS_A + TOPICS_B
listings = []
ids_by_topic = {}
n = 0
for key, areas, ttype, texts in topics:
    for lang, (title, summary) in texts.items():
        n += 1
        lid = f"eval-{key}-{lang}"
        ids_by_topic.setdefault(key, []).append(lid)
        listings.append({
            "id": lid, "reference": f"TH-EVAL-{n:04d}", "status": "PUBLISHED", "language": lang,
            "original": {"title": title, "summary": summary, "description": summary, "keywords": []},
            "translations": {}, "diseaseAreas": areas, "technologyType": ttype, "trl": 5 + n % 5,
            "transferModes": MODES[n % 4], "providerInstitutionId": f"inst-{COUNTRY[lang]}-{n % 7}",
            "providerName": f"Provider {COUNTRY[lang]} {n % 7}", "providerNameLatin": f"Provider {COUNTRY[lang]} {n % 7}",
            "providerCountry": COUNTRY[lang], "targetCountries": [], "trainingLanguages": [lang],
            "regulatoryStatus": {}, "requirements": [], "publishedAt": f"2026-{1 + n % 10:02d}-{1 + n % 27:02d}T10:00:00Z",
            "updatedAt": f"2026-{1 + n % 10:02d}-{1 + n % 27:02d}T10:00:00Z", "version": 1})

def related(a, b):
    return RELATED.get((a, b)) or RELATED.get((b, a)) or 0

queries = []
for i, (topic, lang, q) in enumerate(QUERIES):
    judgments = {lid: 3 for lid in ids_by_topic[topic]}
    for other in ids_by_topic:
        grade = related(topic, other)
        if grade:
            judgments.update({lid: grade for lid in ids_by_topic[other]})
    queries.append({"id": f"q{i + 1:03d}", "topic": topic, "lang": lang, "q": q, "judgments": judgments})

json.dump(listings, open("listings.json", "w"), ensure_ascii=False, indent=1)
json.dump(queries, open("queries.json", "w"), ensure_ascii=False, indent=1)
langs = sorted({l["language"] for l in listings})
print(len(listings), "listings in", langs, ";", len(queries), "queries in", sorted({q["lang"] for q in queries}))
