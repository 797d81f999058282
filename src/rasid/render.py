"""Readable plain-text views of articles and tokens for a person at a terminal.

Arabic runs right to left: each paragraph or sentence stands on a line of its own, with short
neutral markers, so that a bidi-aware terminal shows it in reading order.
"""

from __future__ import annotations

from rasid.model import Article, Sentence

RULE = "─" * 60


def article_text(article: Article) -> str:
    """An article as a person reads it: header, paragraphs by kind, then what was removed."""
    meta = " · ".join(x for x in (article.published, article.source) if x)
    lines = [RULE, f"[{article.id}] {meta}".rstrip()]
    if article.url:
        lines.append(article.url)
    body = sum(p.kind == "paragraph" for p in article.paragraphs)
    heads = sum(p.kind == "subheading" for p in article.paragraphs)
    lines.append(f"{body} paragraphs, {heads} sub-headings, {len(article.text.split())} words")
    lines.append("")
    marks = {"title": "■", "subheading": "§", "paragraph": "¶"}
    for p in article.paragraphs:
        lines.append(f"{marks[p.kind]} {article.text[p.start:p.end]}")
    if article.removed:
        lines.append("")
        lines.append(f"removed ({len(article.removed)}):")
        lines.extend(f"  − {r.kind}: {r.text}" for r in article.removed)
    return "\n".join(lines) + "\n"


def tokens_text(article: Article, sentences: list[Sentence]) -> str:
    """One sentence a line, tokens separated by spaces and clitics joined by '+'."""
    lines = [RULE, f"[{article.id}] {len(sentences)} sentences, {sum(len(s.tokens) for s in sentences)} tokens"]
    for i, sentence in enumerate(sentences, 1):
        words = " ".join("+".join(t.segments) for t in sentence.tokens)
        lines.append(f"{i:>3}. {words}")
    return "\n".join(lines) + "\n"
