"""Finding stored actors again from what a record says of them (name, code, knowledge-base id)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence


def actor_ids(conn: sqlite3.Connection, refs: Sequence[tuple]) -> list[int | None]:
    """The store id of each (name, code[, kb id]) — the key the store gave it — or None."""
    ids = []
    for ref in refs:
        name, code = ref[0], ref[1]
        kb_id = ref[2] if len(ref) > 2 else None
        key = kb_id or f"{name}|{code or ''}"
        row = conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()
        if row is None and kb_id is None:  # the stats give names and codes only: any actor by that name and code
            row = conn.execute("SELECT id FROM actors WHERE name = ? AND code IS ? ORDER BY id LIMIT 1",
                               (name, code)).fetchone()
        ids.append(row[0] if row else None)
    return ids
