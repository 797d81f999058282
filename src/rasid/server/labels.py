"""The dashboard's interface labels in Arabic and English (content stays as written)."""

from __future__ import annotations

LANGS = ("ar", "en")

LABELS: dict[str, tuple[str, str]] = {
    "rasid": ("راصد", "rasid"),
    "overview": ("نظرة عامة", "Overview"),
    "search": ("بحث", "Search"),
    "articles": ("المقالات", "Articles"),
    "stories": ("القصص", "Stories"),
    "events": ("الأحداث", "Events"),
    "quotes": ("الاقتباسات", "Quotations"),
    "actors": ("الفاعلون", "Actors"),
    "sources": ("المصادر", "Sources"),
    "copies": ("نسخ", "copies"),
    "sites": ("مواقع", "sites"),
    "events_per_day": ("الأحداث يوميًا حسب النوع", "Events per day by type"),
    "top_actors": ("أبرز الفاعلين", "Top actors"),
    "top_dyads": ("أبرز الثنائيات", "Top dyads"),
    "recent": ("أحدث المقالات", "Recent articles"),
    "clusters": ("قصص متعددة النسخ", "Stories with several copies"),
    "query": ("كلمات البحث", "Words"),
    "from": ("من", "From"),
    "to": ("إلى", "To"),
    "type": ("النوع", "Type"),
    "actor": ("الفاعل", "Actor"),
    "source": ("المصدر", "Source"),
    "any": ("الكل", "any"),
    "go": ("ابحث", "Search"),
    "export": ("تصدير", "Export"),
    "results": ("النتائج", "Results"),
    "none": ("لا شيء", "nothing"),
    "text": ("النص", "Text"),
    "entities": ("الكيانات", "Entities"),
    "who": ("من هو", "Who it is"),
    "codes": ("الرموز", "Codes"),
    "offices": ("المناصب", "Offices"),
    "as_source": ("فاعلًا", "as source"),
    "as_target": ("مفعولًا به", "as target"),
    "timeline": ("أحداثه عبر الزمن", "Its events over time"),
    "network": ("من يلتقي ومن يصطدم به", "Whom it meets and clashes with"),
    "cooperation": ("تعاون", "cooperation"),
    "conflict": ("صراع", "conflict"),
    "not_found": ("غير موجود", "Not found"),
    "published": ("تاريخ النشر", "Published"),
    "story": ("القصة", "Story"),
    "negated": ("منفي", "negated"),
    "language": ("English", "العربية"),
    "counts": ("الأعداد", "Counts"),
    "unknown_actor": ("فاعل من خارج قاعدة المعرفة", "an actor outside the knowledge base"),
    "legend": ("كيان · اقتباس (المتكلم عند المرور) · فعل الحدث",
               "entity · quotation (speaker on hover) · event trigger"),
}


def labels(lang: str) -> dict[str, str]:
    i = LANGS.index(lang) if lang in LANGS else 0
    return {key: pair[i] for key, pair in LABELS.items()}
