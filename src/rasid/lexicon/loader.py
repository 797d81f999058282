"""Loading the lexicon files into one immutable Lexicon, with the problems found on the way."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from rasid.errors import RasidError
from rasid.lexicon.entries import Actor, Agent, Dated, Office, Place, ReportingVerb, Source, Verb
from rasid.lexicon.schema import validate_file

LOGGER = logging.getLogger(__name__)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconError(RasidError):
    """A lexicon file cannot be read or does not follow its schema."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything rasid knows, by kind and id; built once, shared read-only."""

    actors: dict[str, Actor] = field(default_factory=dict)
    agents: dict[str, Agent] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    verbs: dict[str, Verb] = field(default_factory=dict)
    reporting: dict[str, ReportingVerb] = field(default_factory=dict)
    cameo_plover: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    def plover_of(self, cameo: str) -> tuple[str | None, str | None]:
        """PLOVER (type, mode) of a CAMEO code: its own row, else its nearest parent's."""
        for n in range(len(cameo), 1, -1):
            if cameo[:n] in self.cameo_plover:
                return self.cameo_plover[cameo[:n]]
        return None, None


def data_dir() -> Path:
    """The folder of the bundled lexicon files."""
    return Path(str(resources.files("rasid.lexicon") / "data"))


def lexicon_files(extra: Iterable[Path] = ()) -> list[Path]:
    """The bundled lexicon files (imports first, hand-made after) and any extra ones."""
    found = [*data_dir().glob("*.yaml"), *data_dir().glob("*.json")]
    bundled = sorted(found, key=lambda p: (not p.stem.endswith("_imported"), p.name))
    return [*bundled, *extra]


def _plain(value: Any) -> Any:
    """YAML dates become ISO strings; everything else stays."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def read_file(path: Path, validate: bool = True) -> dict[str, Any]:
    """Parse (YAML, or JSON for generated files) and validate one lexicon file.

    Raises:
        LexiconError: naming the file, when it cannot be parsed or breaks its schema.
    """
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else _plain(yaml.load(text, Loader=_LOADER))
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot be read ({exc})") from exc
    errors = validate_file(data) if validate else []
    if errors:
        raise LexiconError(f"{path}: " + "; ".join(errors[:5]) + (f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""))
    return data


def _t(values: list[str] | None) -> tuple[str, ...]:
    return tuple(values or ())


def _actor(e: dict[str, Any], src: str) -> Actor:
    return Actor(
        id=e["id"], name=e["name"], name_en=e.get("name_en"), type=e["type"], aliases=_t(e.get("aliases")),
        codes=tuple(Dated(c["code"], c.get("from"), c.get("to")) for c in e.get("codes", [])),
        offices=tuple(Office(o["title"], o.get("title_en"), o.get("code"), o.get("from"), o.get("to"))
                      for o in e.get("offices", [])),
        source=src,
    )


def _agent(e: dict[str, Any], src: str) -> Agent:
    return Agent(e["id"], e["name"], e.get("name_en"), e["sector"], _t(e.get("aliases")), src)


def _place(e: dict[str, Any], src: str) -> Place:
    return Place(e["id"], e["name"], e.get("name_en"), e["kind"], e["code"], _t(e.get("aliases")),
                 _t(e.get("demonyms")), e.get("capital"), src)


def _verb(e: dict[str, Any], src: str) -> Verb:
    return Verb(e["id"], e["lemma"], e.get("present"), _t(e.get("nouns")), _t(e.get("forms")), e["cameo"],
                e.get("plover"), e.get("mode"), _t(e.get("target") or ["direct"]), src, _t(e.get("needs")),
                bool(e.get("needs_next", False)), _t(e.get("unless")), bool(e.get("unless_next", False)),
                _t(e.get("past")), bool(e.get("aimed", False)))


def _reporting(e: dict[str, Any], src: str) -> ReportingVerb:
    return ReportingVerb(e["id"], e["lemma"], e.get("present"), _t(e.get("participles")), _t(e.get("nouns")),
                         _t(e.get("forms")), src)


_BUILDERS = {"actors": _actor, "agents": _agent, "places": _place, "verbs": _verb, "reporting": _reporting}


def _merge_place(old: Place, new: Place) -> Place:
    """A later file adds to a place already known (CLDR names + hand-made demonyms and capitals)."""
    return replace(
        old, name=new.name or old.name, name_en=new.name_en or old.name_en,
        aliases=tuple(dict.fromkeys(old.aliases + (old.name,) + new.aliases)),
        demonyms=tuple(dict.fromkeys(old.demonyms + new.demonyms)), capital=new.capital or old.capital,
        source=f"{old.source}+{new.source}",
    )


def read_cameo_plover(path: Path) -> dict[str, tuple[str | None, str | None]]:
    """The CAMEO → PLOVER table (tab-separated: cameo, plover type, mode)."""
    table: dict[str, tuple[str | None, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cameo, plover, mode = (line.split("\t") + ["", ""])[:3]
            table[cameo] = (plover or None, mode or None)
    return table


def load_lexicon(extra: Iterable[Path] = (), validate: bool = False) -> Lexicon:
    """Load the bundled lexicon files, plus ``extra`` ones, into a Lexicon.

    Args:
        extra: more lexicon files (a user's own entries), read after the bundled ones.
        validate: check every file against its schema (``rasid lexicon check`` does; the bundled
            files are checked by the test suite, so everyday loading skips it for speed).
    """
    stores: dict[str, dict[str, Any]] = {kind: {} for kind in _BUILDERS}
    sources: dict[str, Source] = {}
    problems: list[str] = []
    bundled_set = set(lexicon_files())
    for path in lexicon_files(extra):
        data = read_file(path, validate=validate or path not in bundled_set)
        kind, src = data["kind"], path.name
        sources[src] = Source(**data["source"])
        store = stores[kind]
        for raw in data["entries"]:
            entry = _BUILDERS[kind](raw, src)
            if entry.id in store:
                if kind == "places":
                    store[entry.id] = _merge_place(store[entry.id], entry)
                    continue
                problems.append(f"{src}: duplicate {kind[:-1]} id '{entry.id}' (first in {store[entry.id].source})")
                continue
            store[entry.id] = entry
    table = read_cameo_plover(data_dir() / "cameo_plover.tsv")
    verbs = {k: _with_plover(v, table) for k, v in stores["verbs"].items()}
    return Lexicon(stores["actors"], stores["agents"], stores["places"], verbs, stores["reporting"], table,
                   sources, tuple(problems))


def _with_plover(verb: Verb, table: dict[str, tuple[str | None, str | None]]) -> Verb:
    if verb.plover is not None:
        return verb
    for n in range(len(verb.cameo), 1, -1):
        if verb.cameo[:n] in table:
            plover, mode = table[verb.cameo[:n]]
            return replace(verb, plover=plover, mode=verb.mode or mode)
    return verb
