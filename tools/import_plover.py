"""Import the official CAMEO → PLOVER table into src/rasid/lexicon/data/cameo_plover.tsv.

Usage: python tools/import_plover.py [../shared/lexicon-sources/CAMEO2PLOVER-2021.txt]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "lexicon-sources" / "CAMEO2PLOVER-2021.txt"
OUT = ROOT / "src" / "rasid" / "lexicon" / "data" / "cameo_plover.tsv"
ROW = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rows: dict[str, tuple[str, str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        m = ROW.match(line.strip())
        if m and m.group(1) not in rows:  # 08 is listed as CONCEDE then RETREAT: the first stays
            rows[m.group(1)] = (m.group(2), (m.group(3) or "").strip())
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# CAMEO code\tPLOVER type\tPLOVER mode  (from the PLOVER project's CAMEO2PLOVER table, 2021;"
                  " built by tools/import_plover.py)\n")
        for code in sorted(rows, key=lambda c: (c[:2], c)):
            out.write(f"{code}\t{rows[code][0]}\t{rows[code][1]}\n")
    print(f"wrote {OUT} ({len(rows)} codes)", file=sys.stderr)


if __name__ == "__main__":
    main()
