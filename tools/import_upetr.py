"""Import UniversalPetrarch's Arabic actor and agent dictionaries into rasid's lexicon formats.

Repairs on the way, each counted in the report:
- lemma keys joined by underscores (جيش_إسرائيلي_) become words, and a definite surface form is
  added for multi-word lemmas (الجيش الإسرائيلي), with adjective agreement after a feminine noun;
- date ranges: an end before the start, or a year outside 1900-2100 (18000101, >22000101), is
  read as open; ``>D`` is "from D", ``<D`` is "until D";
- duplicates (the same key after folding) are merged, their codes united;
- codes without a country ([ 19950518-19970602]) are dropped; actors coded with a sector only
  (أمن [SPY]), or undated with a bare sector among their codes (وزارة خارجية [LBNGOVMED] [GOV]: any
  country's ministry), become agents;
- one-word keys shorter than four letters or among the 10,000 most frequent corpus words
  (مه، صورة، سيادة), or in a short list of rarer homographs (مشرف، البندقية), are dropped: they would
  be found inside or as everyday words — famous names excepted (أوباما، مدريد، الطائف).

Usage: python tools/import_upetr.py [../shared/lexicon-sources/upetr_arabic]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasid.text.fold import fold_text  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "lexicon-sources" / "upetr_arabic"
OUT = ROOT / "src" / "rasid" / "lexicon" / "data"
SOURCE = {"name": "UniversalPetrarch Arabic dictionaries (openeventdata/UniversalPetrarch, branch arabic)",
          "licence": "MIT", "url": "https://github.com/openeventdata/UniversalPetrarch",
          "notes": "imported by tools/import_upetr.py; see LICENSES/NOTICE.md for the licence text"}
CODE_LINE = re.compile(r"\[\s*([A-Z]*)\s*(?:([<>])\s*(\d{8})|(\d{8})\s*-\s*(\d{8}))?\s*\]")
ORG_WORDS = ("حزب", "حركة", "جيش", "وزارة", "مجلس", "منظمة", "اتحاد", "جامعة", "قوة", "قوات", "شرطة", "جبهة",
             "هيئة", "لجنة", "بنك", "شركة", "محكمة", "برلمان", "حكومة", "جماعة", "كتائب", "تنظيم", "ديوان", "مؤسسة")
# Words that make a name coded with a bare country a person (مسؤول أمريكي، أمير سلطان), not a place.
PERSON_WORDS = ("مسؤول", "مسوول", "مسوولن", "زعيم", "رئيس", "أمير", "امير", "باحث", "ملك", "وزير", "سفير",
                "قائد", "متحدث", "ناطق", "لاجئ", "معتقل", "مواطن", "سلطان", "شيخ")
STATS: Counter[str] = Counter()
# A one-word key this short matches inside too many words (مه، غل، دير) to be worth its noise.
MIN_ONE_WORD = 4
# CAMEO sector codes: an "actor" coded with sectors only and no country is a generic agent.
SECTORS = frozenset("GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF AGR ENV ELI IGO NGO "
                    "IMG UAF MNC SET RAD HRI REL MOD INS UNO MOS CHR JEW BUD HIN SHI SUN".split())


def _date(raw: str | None) -> str | None:
    if not raw:
        return None
    year = int(raw[:4])
    if not 1900 <= year <= 2100 or raw[4:6] == "00" or raw[6:] == "00":
        STATS["impossible dates read as open"] += 1
        return None
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"


def parse_code(text: str) -> dict[str, str] | None:
    m = CODE_LINE.search(text)
    if not m:
        return None
    code, sign, one, start, end = m.groups()
    if not code or len(code) % 3:
        STATS["codes without a country dropped"] += 1
        return None
    entry: dict[str, str] = {"code": code}
    if sign == ">" and _date(one):
        entry["from"] = _date(one)  # type: ignore[assignment]
    elif sign == "<" and _date(one):
        entry["to"] = _date(one)  # type: ignore[assignment]
    elif start:
        s, e = _date(start), _date(end)
        if s and e and e < s:
            STATS["end before start: read as open-ended"] += 1
            e = None
        if s:
            entry["from"] = s
        if e:
            entry["to"] = e
    return entry


def surface_forms(key: str) -> list[str]:
    """The lemma as words, and its definite form for a multi-word lemma."""
    words = key.replace("_", " ").split()
    if not words:
        return []
    forms = [" ".join(words)]
    # only organisations' lemmas take the article (جيش إسرائيلي → الجيش الإسرائيلي); names do not
    if len(words) > 1 and words[0] in ORG_WORDS:
        feminine = words[0].endswith("ة")
        definite = []
        for i, w in enumerate(words):
            if i and feminine and w.endswith("ي"):
                w = w + "ة"  # جامعة عربي → الجامعة العربية
            definite.append(w if w.startswith("ال") or w in ("ل", "من", "في", "أجل") else "ال" + w)
        forms.append(" ".join(definite))
        STATS["definite forms added to lemma keys"] += 1
    return forms


def guess_type(name: str, codes: list[dict[str, str]]) -> str:
    if any(name.startswith(w) for w in ORG_WORDS):
        return "ORG"
    bare = bool(codes) and all(len(c["code"]) == 3 for c in codes)
    if bare and len(name.split()) == 1:
        return "GPE"
    # coded with a country alone and no word of a person: a place (اسلام آباد، بيت حانون، رام الله)
    if bare and not any(w in PERSON_WORDS for w in name.split()):
        STATS["multi-word names coded with a bare country read as places"] += 1
        return "GPE"
    return "PER" if len(name.split()) >= 2 else "ORG"


def place_codes_first(codes: list[dict[str, str]], raw: list[dict[str, str]]) -> list[dict[str, str]]:
    """A place coded with several undated countries (دارفور: INT, SDN, SSD, SOM; SDN also dated)
    takes the country the dictionary names most, never INT while a country is listed."""
    if sum("from" not in c and "to" not in c for c in codes) < 2:
        return codes
    counts = Counter(c["code"] for c in raw)
    ordered = sorted(codes, key=lambda c: (c["code"] == "INT", -counts[c["code"]]))
    if ordered != codes:
        STATS["places with several undated codes ordered by how often each is named"] += 1
    return ordered


# One-word keys less frequent than that but read far more often as everyday nouns in today's news:
# مشرف (a supervisor, not Musharraf), نهار (daytime, not the daily), بنين (boys, not Benin), البندقية
# (the rifle, not Venice), العمارة (the building, not Amarah).
HOMOGRAPHS = frozenset(fold_text(w) for w in ("مشرف", "نهار", "بنين", "البندقية", "العمارة",
                                              # adjectives and things the sector agents list, no one acting
                                              # (انتخابات تشريعية، عسكري إصلاحي، بندقية، صهريج)
                                              "تشريعية", "تشريعي", "ثانوي", "فضائي", "تأسيسي", "أصلي", "سياحي",
                                              "دستوري", "احتياطي", "تمردية", "إصلاحي", "الجهادية", "حصاد", "تكتل",
                                              "تجمهر", "حاوية", "صهريج", "عمولة", "ضيعة", "مدونة", "ديانة",
                                              "بندقية", "ثكنات", "بارجة", "منفى",
                                              # … and given or family names (مصلح عطية بلوط، الغانم)
                                              "مصلح", "الغانم", "جراح", "عابد", "رحال"))


# The first words of a title that names no one in particular: with a bare sector among its codes, such a
# key is an agent, whatever country its first code gives (رئيس حكومة [DZAJUDHRI] [GOV]).
TITLE_WORDS = frozenset(fold_text(w) for w in ("رئيس", "رئيسة", "وزير", "وزيرة", "وزارة", "حكومة", "مدير",
                                               "متحدث", "ناطق", "نائب", "سفير", "مسؤول"))


# … and frequent one-word names that are no everyday word, kept whatever their frequency: the news
# names them often because they are famous (أوباما، القذافي، رويترز، مدريد، الطائف)
FAMOUS = frozenset(fold_text(w) for w in (
    "اوباما", "بوش", "كلينتون", "ساركوزي", "القذافي", "الحريري", "البشير", "رويترز", "ناسا", "هآرتس", "الغارديان",
    "الشاباك", "مايكروسوفت", "يوتيوب", "ارامكو", "موبايلي", "هارفارد", "رونالدو", "الزمالك",
    "طوكيو", "مدريد", "بروكسل", "لاهاي", "أثينا", "روما", "ميلانو", "شنغهاي", "مرسيليا", "برشلونة", "كاليفورنيا",
    "فلوريدا", "تكساس", "هوليوود", "انكلترا", "إنجلترا", "الطائف", "تبوك", "الاحساء", "القصيم", "عسير", "نجران",
    "كردستان"))


def common_words(n: int = 10_000) -> frozenset[str]:
    """The ``n`` most frequent folded words of rasid's word-frequency lexicon, and the homographs above,
    less the famous names."""
    sys.path.insert(0, str(ROOT / "src"))
    from rasid.text.clitics import load_wordfreq

    freq = load_wordfreq()
    return (frozenset(sorted(freq, key=freq.__getitem__, reverse=True)[:n]) | HOMOGRAPHS) - FAMOUS


def import_actors(path: Path) -> list[dict]:
    merged: dict[str, dict] = {}
    current: dict | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[0] in " \t" and line.strip().startswith("[") and current is not None:
            code = parse_code(line)
            if code:
                current["codes"].append(code)
            continue
        key = CODE_LINE.split(line)[0].strip() if CODE_LINE.search(line) else line.strip()
        forms = surface_forms(key.strip("+ "))
        if not forms or len(fold_text(forms[0])) < 2:
            current = None
            continue
        if "_" in key:
            STATS["underscore keys repaired"] += 1
        folded = fold_text(forms[0])
        if folded in merged:
            STATS["duplicate keys merged"] += 1
            current = merged[folded]
        else:
            current = merged[folded] = {"name": forms[0], "aliases": forms[1:], "codes": []}
        inline = parse_code(line)
        if inline:
            current["codes"].append(inline)
    entries, agents = [], []
    common = common_words()
    for n, item in enumerate(merged.values(), 1):
        if " " not in item["name"] and (fold_text(item["name"]) in common or len(item["name"]) < MIN_ONE_WORD):
            STATS["one-word keys that are common words or under 4 letters dropped (صورة، أمن، مه)"] += 1
            continue
        codes = [dict(t) for t in dict.fromkeys(tuple(sorted(c.items())) for c in item["codes"])]
        if not codes:
            STATS["actors without any usable code dropped"] += 1
            continue
        if all(c["code"][:3] in SECTORS for c in codes):
            STATS["sector-only actors moved to agents"] += 1
            agents.append({"id": f"upetr-{n:05d}", "name": item["name"], "sector": codes[0]["code"]})
            continue
        bare = [c["code"] for c in codes if c["code"][:3] in SECTORS and not c.get("from") and not c.get("to")]
        # (a title alone too, whatever dates its other codes carry: رئيس حكومة [DZAJUDHRI] [GOV])
        titled = " " in item["name"] and fold_text(item["name"]).split()[0] in TITLE_WORDS
        if bare and codes[0]["code"][:3] != "IGO" and (titled or not any(c.get("from") or c.get("to") for c in codes)):
            # وزارة خارجية [LBNGOVMED] [GOV]: a ministry of any country, the country a slip
            STATS["undated actors with a bare sector among their codes moved to agents"] += 1
            agents.append({"id": f"upetr-{n:05d}", "name": item["name"], "sector": bare[0]})
            continue
        entry = {"id": f"upetr-{n:05d}", "name": item["name"], "type": guess_type(item["name"], codes)}
        aliases = [a for a in dict.fromkeys(item["aliases"]) if fold_text(a) != fold_text(item["name"])]
        if aliases:
            entry["aliases"] = aliases
        entry["codes"] = place_codes_first(codes, item["codes"]) if entry["type"] == "GPE" else codes
        entries.append(entry)
    return entries, agents


AGENT_LINE = re.compile(r"^([A-Z_!{} ]+?)\s*\{?\}?\s*\[~([A-Z]{3,})\]\s*(?:#\s*\??)?\s*(.*)$")


def import_agents(path: Path) -> list[dict]:
    merged: dict[str, dict] = {}
    common = common_words()
    for raw in path.read_text(encoding="utf-8").splitlines():
        m = AGENT_LINE.match(raw.strip())
        if not m:
            continue
        english, sector, arabic = m.groups()
        arabic = re.sub(r"[^\u0600-\u06ff ]", " ", arabic).strip()
        if len(fold_text(arabic).replace(" ", "")) < MIN_ONE_WORD or len(sector) % 3:
            STATS["agents without Arabic text dropped"] += 1
            continue
        key = fold_text(arabic)
        if " " not in key and key in common:
            STATS["one-word agents that are common words dropped (عالم، فريق)"] += 1
            continue
        if key in merged:
            STATS["duplicate agents merged"] += 1
            continue
        merged[key] = {"name": " ".join(arabic.split()), "name_en": english.replace("!PERSON!", "").replace("_", " ").strip().lower(),
                       "sector": sector}
    return [{"id": f"upetr-agent-{n:04d}", **item} for n, item in enumerate(merged.values(), 1)]


def write(kind: str, entries: list[dict], name: str) -> None:
    """Write a generated lexicon file as JSON (same schema as the YAML files, much faster to load)."""
    path = OUT / name
    with path.open("w", encoding="utf-8") as out:
        out.write('{"kind": ' + json.dumps(kind) + ',\n "source": ' + json.dumps(SOURCE, ensure_ascii=False)
                  + ',\n "entries": [\n')
        out.write(",\n".join(json.dumps(e, ensure_ascii=False) for e in entries))
        out.write("\n]}\n")
    print(f"wrote {path} ({len(entries)} entries)", file=sys.stderr)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    actors, sector_only = import_actors(folder / "actor_dict_ar_v4.txt")
    write("actors", actors, "actors_upetr_imported.json")
    write("agents", sector_only + import_agents(folder / "agents.all.ar.txt"), "agents_upetr_imported.json")
    for what, count in STATS.most_common():
        print(f"  {count:>5}  {what}", file=sys.stderr)


if __name__ == "__main__":
    main()
