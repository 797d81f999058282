"""Boilerplate that news sites put around an article, as data (matched on folded text)."""

# End-of-story markers; the marker and everything after it are removed.
END_MARKERS: tuple[str, ...] = (
    r"/\s*انتهى\s*/",
    r"\(\s*انتهى\s*\)",
    r"^\s*[-ـ–]+\s*انتهى\s*[-ـ–]*\s*$",
    r"^\s*انتهى\s*$",
)

# Site navigation and sharing furniture: a trailing line that starts with one of these goes.
NAVIGATION: tuple[str, ...] = (
    "الأكثر قراءة", "الأكثر مشاهدة", "أهم الأخبار", "عناوين مختارة", "اقرأ أيضا", "اقرأ أيضاً",
    "اقرأ المزيد", "إقرأ أيضا", "أخبار ذات صلة", "الأخبار ذات الصلة", "مواضيع ذات صلة",
    "مقالات ذات صلة", "كلمات مفتاحية", "الكلمات المفتاحية", "شارك", "شارك الخبر", "تابعونا",
    "تابعنا على", "جميع الحقوق محفوظة", "حقوق النشر", "أضف تعليق", "إضافة تعليق", "التعليقات",
    "المصدر:", "وسوم", "الوسوم",
)
# Navigation lines are short: a longer line is article text even if it starts alike.
MAX_NAVIGATION_WORDS = 12

# Comment-policy and opinion disclaimers that sites append after the story: a trailing block
# containing one of these goes, whatever its length.
DISCLAIMERS: tuple[str, ...] = (
    "الآراء الواردة", "لا تعبر عن رأي", "لا تعبر بالضرورة عن", "إرشادات الاستخدام",
    "بالنقاش الحيوي", "سياسة التعليقات", "شروط الاستخدام",
)

# A sub-heading is a short block without closing punctuation, followed by more text.
MAX_SUBHEADING_WORDS = 15
SENTENCE_END = ".!?؟:؛…\"»”)"
