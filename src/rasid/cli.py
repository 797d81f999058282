"""The ``rasid`` command: thin wiring from arguments to one library call per command."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from rasid import __version__
from rasid.errors import RasidError
from rasid.model import Article
from rasid.output import AtomicOutput
from rasid.progress import BatchProgress
from rasid.read import Failure, ReadOptions, read_inputs
from rasid.analysis import Pipeline
from rasid.lexicon.check import check_lexicon, lexicon_stats
from rasid.lexicon.loader import load_lexicon
from rasid.lexicon.matcher import Matcher
from rasid.render import article_text, lookup_text, quotes_text, record_text, speaks, tokens_text
from rasid.text import Segmenter, sentences_of

EXIT_OK, EXIT_FAILED_DOCUMENTS, EXIT_USAGE = 0, 1, 2


def _err(message: str) -> None:
    print(f"rasid: {message}", file=sys.stderr)


class _Batch:
    """Reads the inputs of one command; reports each failed document and shows progress."""

    def __init__(self, args: argparse.Namespace) -> None:
        stdin = sys.stdin.buffer.read() if "-" in args.inputs else None
        self._items = read_inputs(args.inputs, ReadOptions(), stdin=stdin)
        self.progress = BatchProgress(args.command)

    def __iter__(self) -> Iterator[Article]:
        with self.progress:
            for item in self._items:
                if isinstance(item, Failure):
                    self.progress.failure(f"rasid: error: {item}")
                else:
                    self.progress.document()
                    yield item

    def exit_code(self) -> int:
        if self.progress.failed:
            _err(f"{self.progress.failed} document(s) failed, {self.progress.read} read")
        return EXIT_FAILED_DOCUMENTS if self.progress.failed else EXIT_OK


def _jsonl(out: TextIO, obj: dict) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def cmd_clean(args: argparse.Namespace) -> int:
    """rasid clean: clean articles, the contract's first block plus what was removed."""
    batch = _Batch(args)
    with AtomicOutput(args.output) as out:
        for article in batch:
            if args.format == "text":
                out.write(article_text(article))
            else:
                _jsonl(out, article.to_dict())
    return batch.exit_code()


def cmd_tokenize(args: argparse.Namespace) -> int:
    """rasid tokenize: sentences and tokens with offsets and clitic segments."""
    segmenter = Segmenter()
    batch = _Batch(args)
    with AtomicOutput(args.output) as out:
        for article in batch:
            sentences = sentences_of(article, segmenter)
            if args.format == "text":
                out.write(tokens_text(article, sentences))
            else:
                _jsonl(out, {"id": article.id, "sentences": [s.to_dict() for s in sentences]})
    return batch.exit_code()


def cmd_analyze(args: argparse.Namespace) -> int:
    """rasid analyze: the full record of each article (entities so far)."""
    pipeline = Pipeline.load(tuple(Path(p) for p in args.lexicon or ()), ner=args.ner)
    batch = _Batch(args)
    with AtomicOutput(args.output) as out:
        for article in batch:
            record = pipeline.analyze(article)
            if args.format == "text":
                out.write(record_text(record))
            else:
                _jsonl(out, record.to_dict())
    return batch.exit_code()


def cmd_quotes(args: argparse.Namespace) -> int:
    """rasid quotes: the quotations of articles, in reading order, optionally one speaker's."""
    pipeline = Pipeline.load(ner=args.ner)
    batch = _Batch(args)
    with AtomicOutput(args.output) as out:
        for article in batch:
            record = pipeline.analyze(article)
            if args.format == "text":
                out.write(quotes_text(record, args.speaker))
            else:
                for quote in record.quotes:
                    if not args.speaker or speaks(quote.speaker, args.speaker):
                        _jsonl(out, {"id": record.id, **quote.to_dict()})
    return batch.exit_code()


def cmd_process(args: argparse.Namespace) -> int:
    """rasid process: read, analyse and store every input, duplicates grouped into stories."""
    from rasid.store import ProcessOptions, process

    options = ProcessOptions(workers=args.workers, commit_every=args.commit_every,
                             lexicon_files=tuple(Path(p) for p in args.lexicon or ()), ner=args.ner)
    stdin = sys.stdin.buffer.read() if "-" in args.inputs else None
    try:
        summary = process(args.inputs, args.db, options, stdin=stdin)
    except KeyboardInterrupt:
        _err(f"interrupted: {args.db} keeps every document committed so far; run the same command to continue")
        return 130
    print(f"rasid: {summary}; store {args.db}", file=sys.stderr)
    return EXIT_FAILED_DOCUMENTS if summary.failed else EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """rasid search: articles, quotations and events of a store by words and filters."""
    from rasid.render import search_text
    from rasid.store import Store
    from rasid.store.search import search

    with Store(args.db, create=False) as store:
        results = search(store.conn, " ".join(args.query), _filters(args), args.limit)
    with AtomicOutput(args.output) as out:
        if args.format == "text":
            out.write(search_text(results))
        else:
            for hit in [*results.articles, *results.quotes, *results.events]:
                _jsonl(out, hit.to_dict())
    return EXIT_OK


def _filters(args: argparse.Namespace):  # noqa: ANN202 - the store loads only for its commands
    from rasid.store.filters import Filters

    return Filters(args.date_from, args.date_to, args.type, args.actor, args.country, args.source)


def cmd_export(args: argparse.Namespace) -> int:
    """rasid export: a store's events in PLOVER, CAMEO (Phoenix), CSV or Parquet; records as JSON Lines."""
    from rasid.store import Store
    from rasid.store.export import export

    binary = args.format == "parquet"
    if binary and not args.output and sys.stdout.isatty():
        _err("error: Parquet is binary: give --output FILE (or redirect standard output)")
        return EXIT_USAGE
    with Store(args.db, create=False) as store, AtomicOutput(args.output, binary=binary) as out:
        n = export(store.conn, args.format, out, " ".join(args.query), _filters(args), args.once_per_story)
    unit = "articles" if args.format == "jsonl" else "events"
    print(f"rasid: exported {n:,} {unit} as {args.format}" + (f" to {args.output}" if args.output else ""),
          file=sys.stderr)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """rasid serve: the HTTP API over a store (read-only unless --allow-ingest)."""
    import secrets

    import uvicorn

    from rasid.server import create_app

    token = secrets.token_urlsafe(24) if args.allow_ingest else None
    app = create_app(args.db, token, args.max_body_bytes, ner=args.ner)
    if token:
        _err(f"ingestion allowed: POST /documents with the header  Authorization: Bearer {token}")
    _err(f"serving {args.db} on http://{args.host}:{args.port} (OpenAPI documentation at /docs)")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    """rasid stats: counts, top actors and dyads, event types per week."""
    from rasid.render import stats_text
    from rasid.store import Store
    from rasid.store.stats import store_stats

    with Store(args.db, create=False) as store:
        stats = store_stats(store.conn, args.top, args.weeks, args.date_from, args.date_to)
    with AtomicOutput(args.output) as out:
        out.write(stats_text(stats) if args.format == "text" else json.dumps(stats.to_dict(), ensure_ascii=False) + "\n")
    return EXIT_OK


def cmd_eval_quotes(args: argparse.Namespace) -> int:
    """rasid eval quotes: quotation recall and attribution against gold annotations."""
    from rasid.eval.quotes import evaluate_quotes
    from rasid.eval.splits import shared_dir

    golds = [Path(g) for g in args.gold] or [shared_dir(args.shared) / "seed" / "seed_gold.json"]
    report = evaluate_quotes(golds, Pipeline.load())
    for miss in report.misses:
        print(f"  {miss}")
    print(f"quotation recall {report.recall:.3f} ({report.found}/{report.required} required), "
          f"attribution {report.attribution:.3f} ({report.attributed}/{report.found} found), "
          f"{report.output} quotations output")
    return EXIT_OK


def cmd_lexicon_check(args: argparse.Namespace) -> int:
    """rasid lexicon check: schema, duplicates, conflicts and coverage."""
    report = check_lexicon(tuple(Path(p) for p in args.lexicon or ()))
    for line in report.errors:
        print(f"error: {line}")
    for line in report.warnings:
        print(f"warning: {line}")
    print(f"{len(report.errors)} errors, {len(report.warnings)} warnings")
    return EXIT_FAILED_DOCUMENTS if report.errors else EXIT_OK


def cmd_lexicon_lookup(args: argparse.Namespace) -> int:
    """rasid lexicon lookup: what the matcher finds in a text, with codes and provenance."""
    lexicon = load_lexicon(tuple(Path(p) for p in args.lexicon or ()))
    text = " ".join(args.text)
    sys.stdout.write(lookup_text(lexicon, Matcher(lexicon).find(text), args.date))
    return EXIT_OK


def cmd_lexicon_stats(args: argparse.Namespace) -> int:
    """rasid lexicon stats: counts by kind and source, and coverage."""
    stats = lexicon_stats(load_lexicon(tuple(Path(p) for p in args.lexicon or ())))
    for name, value in stats.items():
        if isinstance(value, dict):
            print(f"{name}:")
            for k, v in value.items():
                print(f"  {k}: {v}")
        else:
            print(f"{name}: {value}")
    return EXIT_OK


def cmd_eval_entities(args: argparse.Namespace) -> int:
    """rasid eval entities: entities and their codes against gold annotations."""
    from rasid.eval.entities import evaluate_entities
    from rasid.eval.splits import shared_dir

    golds = [Path(g) for g in args.gold] or [shared_dir(args.shared) / "seed" / "seed_gold.json"]
    report = evaluate_entities(golds, Pipeline.load())
    for key, label, code, found_code, text in report.rows:
        mark = "ok  " if found_code == code else ("code" if found_code is not None else "miss")
        print(f"{mark} {label:<4} {key} (gold {code}) → {text or '-'} {found_code or ''}")
    total = len(report.rows)
    print(f"found {report.found}/{total}, with the right code {report.coded}/{total}")
    return EXIT_OK


def cmd_events_train(args: argparse.Namespace) -> int:
    """rasid events train: the eventhood models, from the dev halves of arabic_event_gsr."""
    from rasid.analysis.eventhood import data_dir
    from rasid.analysis.eventhood_train import train_eventhood
    from rasid.eval.splits import shared_dir

    output = Path(args.output) if args.output else data_dir()
    report = train_eventhood(shared_dir(args.shared), output)
    for kind, r in report.items():
        cv, rules = r["cross_validated"], r["rules_alone"]
        print(f"{kind:<8} {r['dev_sentences']} dev sentences ({r['dev_positives']} positive): threshold {r['threshold']},"
              f" 3×5-fold F1 {cv['f1']:.3f} (P {cv['precision']:.3f} R {cv['recall']:.3f}); rules alone F1 {rules['f1']:.3f}")
    print(f"models written to {output}")
    return EXIT_OK


def cmd_eval_events(args: argparse.Namespace) -> int:
    """rasid eval events: detection (arabic_event_gsr), coding (UniversalPetrarch GSR), the seed."""
    from rasid.eval.events import coding, detection, held_out_texts, seed_events, upetr_files
    from rasid.eval.splits import shared_dir

    shared = shared_dir(args.shared)
    gold = shared / "eval" / "events"
    pipeline = Pipeline.load(eventhood=not args.rules_only)
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    held_out = held_out_texts(gold)
    if "dev" in splits:
        print("dev halves: less the sentences whose text is a test sentence of either gold set")
    print("detection (arabic_event_gsr): a sentence is positive when it holds an asserted, not negated event")
    for event_type in ("PROTEST", "ASSAULT"):
        for split in splits:
            s = detection(gold / "arabic_event_gsr" / f"{event_type.lower()}_gsr.csv", event_type, pipeline, split,
                          held_out if split == "dev" else frozenset())
            print(f"  {event_type:<8} {split:<4}  precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}"
                  f"  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    print("coding (UniversalPetrarch GSR):")
    for split in splits:
        r = coding(upetr_files(gold), pipeline, split, held_out if split == "dev" else frozenset())
        print(f"  {split:<4} {r.sentences} sentences  category recall {r.category_recall:.3f}"
              f"  source country agreement {r.country_agreement:.3f} (of {r.with_country} with a gold country)")
    seed = seed_events(shared / "seed" / "seed_gold.json", pipeline)
    print(f"seed: recall {seed.recall:.3f} ({seed.found}/{seed.required} required events), "
          f"precision {seed.precision:.3f} ({seed.correct}/{seed.output} output events)")
    return EXIT_OK


def cmd_ner_train(args: argparse.Namespace) -> int:
    """rasid ner train: train the CRF tagger (reproducibly: same corpus and settings, same model)."""
    from rasid.eval.splits import shared_dir
    from rasid.ner.tagger import bundled_model
    from rasid.ner.train import TrainOptions, train

    corpus = Path(args.corpus) if args.corpus else (
        shared_dir(args.shared) / "eval" / "ner" / "anercorp" / "ANERCorp_train_derived.txt")
    output = Path(args.output) if args.output else bundled_model()
    options = TrainOptions(c1=args.c1, c2=args.c2, max_iterations=args.iterations)
    n = train(corpus, output, Segmenter(), Matcher(load_lexicon()), options)
    print(f"trained on {n} sentences of {corpus}: {output} ({output.stat().st_size // 1024} KiB)")
    return EXIT_OK


def cmd_eval_ner(args: argparse.Namespace) -> int:
    """rasid eval ner: entity-level scores on ANERcorp's CAMeL Lab test split and on AQMAR."""
    from rasid.eval.ner import evaluate_ner
    from rasid.eval.splits import shared_dir
    from rasid.ner.tagger import NerTagger

    ner = shared_dir(args.shared) / "eval" / "ner"
    tagger = NerTagger(Segmenter(), Matcher(load_lexicon()), Path(args.model) if args.model else None)
    sets = [("ANERcorp CAMeL Lab test split", [ner / "anercorp" / "ANERCorp_CamelLab_test.txt"]),
            ("AQMAR (Wikipedia, cross-domain)", sorted((ner / "aqmar" / "articles").glob("*.txt")))]
    for name, paths in sets:
        report = evaluate_ner(paths, tagger)
        p, r, f = report.prf()
        print(f"{name}: {report.sentences} sentences  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
        for kind in ("PER", "ORG", "LOC", "MISC"):
            p, r, f = report.prf(kind)
            print(f"  {kind:<4} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    return EXIT_OK


def cmd_eval_segment(args: argparse.Namespace) -> int:
    """rasid eval segment: clitic segmentation against UD Arabic-PUD."""
    from rasid.eval.segment import evaluate_segmentation
    from rasid.eval.splits import shared_dir

    path = Path(args.conllu) if args.conllu else shared_dir(args.shared) / "eval" / "ud" / "ar_pud-ud-test.conllu"
    report = evaluate_segmentation(path, Segmenter(), args.split)
    print(f"UD Arabic-PUD, {report.split} half: {report.sentences} sentences, {report.words} words")
    print(f"segment agreement (words segmented exactly as UD): {report.accuracy:.4f}")
    print(f"baseline, every word left unsplit:                {report.baseline:.4f}")
    for error, count in report.errors.most_common(args.errors):
        print(f"  {count:>3}  {error}")
    return EXIT_OK


def cmd_eval_clean(args: argparse.Namespace) -> int:
    """rasid eval clean: article extraction on real news pages."""
    from rasid.eval.clean import evaluate_clean
    from rasid.eval.splits import shared_dir

    folder = Path(args.html_dir) if args.html_dir else shared_dir(args.shared) / "eval" / "html"
    report = evaluate_clean(folder)
    for check in report.checks:
        mark = "ok  " if check.passed else "FAIL"
        print(f"{mark} {check.name}: {check.value} (target {check.target})")
    return EXIT_OK if report.passed else EXIT_FAILED_DOCUMENTS


def _document_command(sub: argparse._SubParsersAction, name: str, func: Callable, help_text: str,
                      default_format: str = "jsonl") -> argparse.ArgumentParser:
    """A command that reads documents: INPUT..., --format, --output."""
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, directories or glob patterns (.txt .html .jsonl[.gz] .warc[.gz]); - reads stdin")
    p.add_argument("--format", choices=["jsonl", "text"], default=default_format,
                   help=f"jsonl: one JSON object per item; text: a readable view (default {default_format})")
    p.add_argument("--output", "-o", metavar="FILE", help="write here (whole or not at all) instead of stdout")
    p.set_defaults(func=func)
    return p


_SHARED_HELP = "the shared data folder (default: $RASID_SHARED or ../shared)"
_LEXICON_HELP = "an extra lexicon file (repeatable), read after the bundled ones"
_NER_HELP = "add the statistical tagger's entities to the knowledge base's (about 3 times slower)"


def _command(sub: argparse._SubParsersAction, name: str, func: Callable, text: str) -> argparse.ArgumentParser:
    """A sub-command whose help and description are the same sentence."""
    p = sub.add_parser(name, help=text, description=text)
    p.set_defaults(func=func)
    return p


def _iso_date(text: str) -> str:
    import datetime

    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return value


def _add_store_commands(sub: argparse._SubParsersAction) -> None:
    db_help = "the store (SQLite file; default rasid.db)"
    proc = _command(sub, "process", cmd_process,
                    "Read, analyse and store articles in a searchable store, duplicates grouped into stories.")
    proc.add_argument("inputs", nargs="+", metavar="INPUT",
                      help="files, directories or glob patterns (.txt .html .jsonl[.gz] .warc[.gz]); - reads stdin")
    proc.add_argument("--db", default="rasid.db", help=db_help)
    proc.add_argument("--workers", type=_positive, default=os.cpu_count() or 1,
                      help="analysis processes (default: one per core)")
    proc.add_argument("--commit-every", type=_positive, default=200, metavar="N",
                      help="documents per transaction; an interrupted run redoes at most N (default 200)")
    proc.add_argument("--lexicon", action="append", metavar="FILE", help=_LEXICON_HELP)
    proc.add_argument("--ner", action="store_true", help=_NER_HELP)
    srch = _command(sub, "search", cmd_search,
                    "Search a store's articles, quotations and events (folded words; a story counted once).")
    srch.add_argument("--limit", type=_positive, default=20, help="results shown of each kind (default 20)")
    srch.add_argument("--format", choices=["text", "jsonl"], default="text",
                      help="text: a readable view; jsonl: one JSON object per result (default text)")
    exp = _command(sub, "export", cmd_export,
                   "Export a store's events (PLOVER, CAMEO, CSV, Parquet) or records (JSON Lines), streaming.")
    exp.add_argument("--format", choices=["plover", "cameo", "csv", "parquet", "jsonl"], required=True,
                     help="plover: PLOVER JSON lines; cameo: Phoenix tab-separated; csv; parquet; jsonl: records")
    exp.add_argument("--once-per-story", action="store_true",
                     help="each event once per story, not once per copy of the story")
    for p in (srch, exp):
        p.add_argument("query", nargs="*", metavar="QUERY", help="words that must all occur (none: filters only)")
        p.add_argument("--type", metavar="PLOVER", help="events of this PLOVER type (and articles holding one)")
        p.add_argument("--actor", metavar="NAME", help="an actor: Arabic or English name (or part), code or id")
        p.add_argument("--country", metavar="CODE", help="actors of this country code (IRN), any sector")
        p.add_argument("--source", metavar="SITE", help="the site or collection (or part of its name)")
    srv = _command(sub, "serve", cmd_serve, "Serve a store over HTTP (FastAPI, OpenAPI docs at /docs).")
    srv.add_argument("--db", default="rasid.db", help=db_help)
    srv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    srv.add_argument("--port", type=_positive, default=8000, help="port (default 8000)")
    srv.add_argument("--allow-ingest", action="store_true",
                     help="accept POST /documents from callers with the bearer token printed at start")
    srv.add_argument("--max-body-bytes", type=_positive, default=2 * 1024 * 1024, metavar="N",
                     help="largest request body accepted (default 2 MiB)")
    srv.add_argument("--ner", action="store_true", help=_NER_HELP + " for /analyze and /documents")
    stat = _command(sub, "stats", cmd_stats, "Count a store: totals, top actors, top dyads, event types per week.")
    stat.add_argument("--top", type=_positive, default=10, help="actors and dyads listed (default 10)")
    stat.add_argument("--weeks", type=int, default=12, help="the last N weeks with events (default 12)")
    stat.add_argument("--format", choices=["text", "json"], default="text",
                      help="text: a readable view; json: one JSON object (default text)")
    for p in (srch, exp, stat):
        p.add_argument("--db", default="rasid.db", help=db_help)
        p.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE", help="published on or after")
        p.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE", help="published on or before")
        p.add_argument("--output", "-o", metavar="FILE", help="write here (whole or not at all) instead of stdout")


def _add_lexicon_commands(sub: argparse._SubParsersAction) -> None:
    lex = sub.add_parser("lexicon", help="Check, query and count the knowledge base.",
                         description="Check, query and count the knowledge base.")
    actions = lex.add_subparsers(dest="action", required=True, metavar="ACTION")
    chk = _command(actions, "check", cmd_lexicon_check, "Validate the lexicon files; exit 1 on errors.")
    look = _command(actions, "lookup", cmd_lexicon_lookup, "Show what the lexicon finds in a text.")
    look.add_argument("text", nargs="+", metavar="TEXT", help="the text to look up")
    look.add_argument("--date", metavar="YYYY-MM-DD", help="resolve actors' codes on this date")
    stats = _command(actions, "stats", cmd_lexicon_stats, "Count entries by kind and source.")
    for p in (chk, look, stats):
        p.add_argument("--lexicon", action="append", metavar="FILE", help=_LEXICON_HELP)


def _add_eval_commands(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser("eval", help="Score rasid against the gold sets.", description="Score rasid against the gold sets.")
    targets = ev.add_subparsers(dest="target", required=True, metavar="TARGET")
    seg = _command(targets, "segment", cmd_eval_segment, "Clitic segmentation against UD Arabic-PUD.")
    seg.add_argument("--conllu", metavar="FILE", help="the treebank (default: SHARED/eval/ud/ar_pud-ud-test.conllu)")
    seg.add_argument("--split", choices=["dev", "test", "all"], default="test",
                     help="which half to score (dev for error analysis; default test)")
    seg.add_argument("--errors", type=int, default=0, metavar="N", help="list the N most frequent errors")
    cln = _command(targets, "clean", cmd_eval_clean, "Article extraction on real Arabic news pages.")
    cln.add_argument("--html-dir", metavar="DIR", help="the pages (default: SHARED/eval/html)")
    ent = _command(targets, "entities", cmd_eval_entities, "Entities and codes against gold annotations.")
    evt = _command(targets, "events", cmd_eval_events,
                   "Event detection and coding against the event gold sets and the seed.")
    evt.add_argument("--split", choices=["dev", "test", "both"], default="test",
                     help="which half of the gold sets to score (dev for error analysis; default test)")
    evt.add_argument("--rules-only", action="store_true",
                     help="score the rules alone, without the eventhood models")
    quo = _command(targets, "quotes", cmd_eval_quotes, "Quotation recall and attribution against gold annotations.")
    for p in (ent, quo):
        p.add_argument("gold", nargs="*", metavar="GOLD", help="gold files (default: SHARED/seed/seed_gold.json)")
    ner = _command(targets, "ner", cmd_eval_ner, "Named entities on ANERcorp (test split) and AQMAR.")
    ner.add_argument("--model", metavar="FILE", help="a model file (default: the bundled one)")
    for p in (seg, cln, ent, evt, quo, ner):
        p.add_argument("--shared", metavar="DIR", help=_SHARED_HELP)


def _add_events_commands(sub: argparse._SubParsersAction) -> None:
    events = sub.add_parser("events", help="The event coder's trained part.",
                            description="The event coder's trained part.")
    actions = events.add_subparsers(dest="action", required=True, metavar="ACTION")
    tr = _command(actions, "train", cmd_events_train,
                  "Train the eventhood models (PROTEST, ASSAULT) on the dev halves of arabic_event_gsr.")
    tr.add_argument("--output", metavar="DIR", help="folder to write the models to (default: the bundled ones)")
    tr.add_argument("--shared", metavar="DIR", help=_SHARED_HELP)


def _add_ner_commands(sub: argparse._SubParsersAction) -> None:
    ner = sub.add_parser("ner", help="The statistical named-entity tagger.",
                         description="The statistical named-entity tagger.")
    actions = ner.add_subparsers(dest="action", required=True, metavar="ACTION")
    tr = _command(actions, "train", cmd_ner_train, "Train the CRF tagger on a two-column NER corpus.")
    tr.add_argument("--corpus", metavar="FILE",
                    help="training corpus (default: SHARED/eval/ner/anercorp/ANERCorp_train_derived.txt)")
    tr.add_argument("--output", metavar="FILE", help="model file to write (default: the bundled model)")
    tr.add_argument("--c1", type=float, default=0.05, help="L1 regularisation (default 0.05)")
    tr.add_argument("--c2", type=float, default=0.05, help="L2 regularisation (default 0.05)")
    tr.add_argument("--iterations", type=int, default=150, help="L-BFGS iterations (default 150)")
    tr.add_argument("--shared", metavar="DIR", help=_SHARED_HELP)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command (also read by the documentation test)."""
    parser = argparse.ArgumentParser(prog="rasid", description="Structured event data from Arabic news.")
    parser.add_argument("--version", action="version", version=f"rasid {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _document_command(sub, "clean", cmd_clean, "Read articles and print them clean, with what was removed.")
    _document_command(sub, "tokenize", cmd_tokenize, "Split articles into sentences and tokens with clitic segments.")
    analyze = _document_command(sub, "analyze", cmd_analyze,
                                "Analyse articles: entities, quotations and events (the output contract's record).")
    analyze.add_argument("--lexicon", action="append", metavar="FILE", help=_LEXICON_HELP)
    quotes = _document_command(sub, "quotes", cmd_quotes, "List the quotations of articles with their speakers.",
                               default_format="text")
    quotes.add_argument("--speaker", metavar="NAME", help="only this speaker's quotations (folded match)")
    for p in (analyze, quotes):
        p.add_argument("--ner", action="store_true", help=_NER_HELP)
    _add_store_commands(sub)
    _add_lexicon_commands(sub)
    _add_eval_commands(sub)
    _add_events_commands(sub)
    _add_ner_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 some documents failed, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage error
        return int(exc.code or 0)
    try:
        return int(args.func(args))
    except RasidError as exc:
        _err(f"error: {exc}")
        return EXIT_USAGE
    except BrokenPipeError:  # the reader stopped early (| head): not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except OSError as exc:
        _err(f"error: {exc.filename or ''}: {exc.strerror or exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
