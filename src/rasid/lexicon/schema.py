"""JSON Schemas of the lexicon files, one per kind; ``validate_file`` checks one parsed file."""

from __future__ import annotations

from typing import Any

import jsonschema

DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
CODE = {"type": "string", "pattern": r"^[A-Z]{3}(?:[A-Z]{3})*$"}
SECTOR = {"type": "string", "pattern": r"^(?:[A-Z]{3})+$"}
TEXTS = {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True}
ID = {"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"}

SOURCE = {
    "type": "object",
    "required": ["name", "licence"],
    "properties": {"name": {"type": "string"}, "licence": {"type": "string"},
                   "url": {"type": "string"}, "notes": {"type": "string"}},
    "additionalProperties": False,
}

DATED_CODE = {
    "type": "object",
    "required": ["code"],
    "properties": {"code": CODE, "from": DATE, "to": DATE},
    "additionalProperties": False,
}

OFFICE = {
    "type": "object",
    "required": ["title"],
    "properties": {"title": {"type": "string", "minLength": 2}, "title_en": {"type": "string"},
                   "code": CODE, "from": DATE, "to": DATE},
    "additionalProperties": False,
}

ENTRY_SCHEMAS: dict[str, dict[str, Any]] = {
    "actors": {
        "type": "object",
        "required": ["id", "name", "type"],
        "properties": {
            "id": ID, "name": {"type": "string", "minLength": 2}, "name_en": {"type": "string"},
            "type": {"enum": ["PER", "ORG", "GPE", "LOC"]}, "aliases": TEXTS,
            "codes": {"type": "array", "items": DATED_CODE}, "offices": {"type": "array", "items": OFFICE},
            "notes": {"type": "string"},
        },
        "additionalProperties": False,
    },
    "agents": {
        "type": "object",
        "required": ["id", "name", "sector"],
        "properties": {"id": ID, "name": {"type": "string", "minLength": 2}, "name_en": {"type": "string"},
                       "sector": SECTOR, "aliases": TEXTS, "notes": {"type": "string"}},
        "additionalProperties": False,
    },
    "places": {
        "type": "object",
        "required": ["id", "name", "kind", "code"],
        "properties": {
            "id": ID, "name": {"type": "string", "minLength": 2}, "name_en": {"type": "string"},
            "kind": {"enum": ["country", "territory", "region", "city"]}, "code": CODE, "aliases": TEXTS,
            "demonyms": TEXTS, "capital": {"type": "string"}, "notes": {"type": "string"},
        },
        "additionalProperties": False,
    },
    "verbs": {
        "type": "object",
        "required": ["id", "lemma", "cameo"],
        "properties": {
            "id": ID, "lemma": {"type": "string", "minLength": 2}, "present": {"type": "string"},
            "nouns": TEXTS, "forms": TEXTS, "cameo": {"type": "string", "pattern": r"^\d{2,4}$"},
            "plover": {"type": "string"}, "mode": {"type": "string"},
            "target": {"type": "array", "items": {"type": "string"}}, "notes": {"type": "string"},
            "needs": TEXTS, "needs_next": {"type": "boolean"}, "unless": TEXTS, "unless_next": {"type": "boolean"},
            "past": TEXTS, "aimed": {"type": "boolean"},
        },
        "additionalProperties": False,
    },
    "reporting": {
        "type": "object",
        "required": ["id", "lemma"],
        "properties": {
            "id": ID, "lemma": {"type": "string", "minLength": 2}, "present": {"type": "string"},
            "participles": TEXTS, "nouns": TEXTS, "forms": TEXTS, "notes": {"type": "string"},
        },
        "additionalProperties": False,
    },
}

KINDS = tuple(ENTRY_SCHEMAS)


def file_schema(kind: str) -> dict[str, Any]:
    """The schema of a whole lexicon file of ``kind``."""
    return {
        "type": "object",
        "required": ["kind", "source", "entries"],
        "properties": {"kind": {"const": kind}, "source": SOURCE,
                       "entries": {"type": "array", "items": ENTRY_SCHEMAS[kind]}},
        "additionalProperties": False,
    }


def validate_file(data: Any) -> list[str]:
    """Schema errors of one parsed lexicon file, as readable lines (empty when valid)."""
    if not isinstance(data, dict) or data.get("kind") not in ENTRY_SCHEMAS:
        return [f"'kind' must be one of {', '.join(KINDS)}"]
    validator = jsonschema.Draft202012Validator(file_schema(data["kind"]))
    errors = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        path = "/".join(str(p) for p in error.absolute_path)
        where = path
        if len(error.absolute_path) >= 2 and error.absolute_path[0] == "entries":
            entry = data["entries"][error.absolute_path[1]]
            if isinstance(entry, dict) and "id" in entry:
                where = f"{path} (id {entry['id']})"
        errors.append(f"{where or 'file'}: {error.message}")
    return errors
