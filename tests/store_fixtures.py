"""Articles written for the store, export and server tests, and the store they make."""

from __future__ import annotations

import json
from pathlib import Path

# A story written for these tests, a wire copy of it on another site with light edits, and an
# unrelated story.  Long enough (over 20 three-word shingles) for near-duplicate detection.
MEETING = (
    "التقى وزير الخارجية الأردني نظيره المصري في عمان اليوم الخميس، وبحث الجانبان التطورات في قطاع غزة "
    "وسبل إيصال المساعدات الإنسانية إلى السكان المحاصرين منذ أشهر طويلة.\n"
    "وقال الوزير الأردني في مؤتمر صحفي مشترك إن بلاده ستواصل العمل مع الأشقاء من أجل وقف إطلاق النار "
    "وفتح المعابر أمام قوافل الإغاثة دون شروط.\n"
    "من جهته، أشار الوزير المصري إلى أهمية التنسيق الدائم بين البلدين في مواجهة التحديات الإقليمية، "
    "مؤكدا أن القاهرة وعمان تتفقان على رفض أي تهجير للفلسطينيين من أرضهم.\n"
    "وأدان الوزيران الهجمات الإسرائيلية على المدنيين، ودعيا المجتمع الدولي إلى تحمل مسؤولياته."
)
MEETING_EDITED = (MEETING.replace("اليوم الخميس", "الخميس").replace("منذ أشهر طويلة", "منذ أشهر")
                  .replace("دون شروط", "بلا شروط مسبقة"))
FLOOD = (
    "غمرت السيول عددا من القرى في جنوب البلاد بعد أمطار غزيرة استمرت ثلاثة أيام، وأعلنت فرق الدفاع المدني "
    "إجلاء مئات العائلات من منازلها إلى مراكز إيواء مؤقتة في المدارس.\n"
    "وذكرت السلطات المحلية أن الطرق الرئيسية أغلقت أمام حركة السير، وأن فرق الصيانة تعمل على إعادة التيار "
    "الكهربائي إلى الأحياء المتضررة في أقرب وقت ممكن.\n"
    "ونصحت الأرصاد الجوية المواطنين بتجنب الأودية ومجاري السيول حتى نهاية الأسبوع."
)


def doc(doc_id: str, text: str, source: str, published: str = "2024-05-02", title: str | None = None) -> dict:
    return {"id": doc_id, "title": title or text.split("،")[0], "text": text, "source": source,
            "url": f"https://{source}.example/{doc_id}", "published": published}


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def write_stories(path: Path) -> Path:
    """Four documents: a story, an exact copy on another site, an edited copy, an unrelated story."""
    return write_jsonl(path, [
        doc("a1", MEETING, "site-a"),
        doc("b1", MEETING, "site-b"),  # the same text on another site: an exact copy
        doc("c1", MEETING_EDITED, "site-c", "2024-05-03"),  # lightly edited: a near-duplicate
        doc("f1", FLOOD, "site-a", "2024-06-20"),
    ])


def make_store(folder: Path) -> Path:
    """A store holding the four documents of ``write_stories``."""
    from rasid.store import ProcessOptions, process

    db = folder / "stories.db"
    summary = process([str(write_stories(folder / "stories.jsonl"))], db, ProcessOptions(workers=1))
    assert summary.stored == 4
    return db
