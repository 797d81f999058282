"""Charts as inline SVG, drawn on the server: no script, no network, nothing to load.

Every text put into a chart (type names, dates, actor names) is escaped here.
"""

from __future__ import annotations

import math
from html import escape

from markupsafe import Markup

PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac", "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#17becf",
           "#7f7f7f", "#bcbd22", "#aec7e8"]


def color_of(kind: str, kinds: list[str]) -> str:
    return PALETTE[kinds.index(kind) % len(PALETTE)] if kind in kinds else PALETTE[-1]


def stacked_bars(columns: list[str], series: dict[str, dict[str, int]], label: str,
                 width: int = 900, height: int = 260) -> Markup:
    """One bar per column (a day, a month), stacked by series (a type); a legend below."""
    kinds = list(series)
    totals = [sum(series[k].get(c, 0) for k in kinds) for c in columns]
    top = max(totals, default=0) or 1
    left, bottom, plot_h = 40, 40, height - 60
    step = min((width - left - 10) / max(len(columns), 1), 60)  # a lone month is a bar, not a wall
    parts = [f'<svg class="chart" role="img" aria-label="{escape(label)}" viewBox="0 0 {width} {height + 24 * math.ceil(len(kinds) / 6)}"'
             f' width="100%" data-columns="{len(columns)}" xmlns="http://www.w3.org/2000/svg" direction="ltr">']
    for tick in (0, top // 2, top):
        y = height - bottom - plot_h * tick / top
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" class="tick">{tick}</text>')
    for i, column in enumerate(columns):
        x, y = left + i * step, height - bottom
        for kind in kinds:
            n = series[kind].get(column, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            parts.append(f'<rect class="bar" x="{x + 1:.1f}" y="{y:.1f}" width="{max(step - 2, 1):.1f}" height="{h:.1f}"'
                         f' fill="{color_of(kind, kinds)}"><title>{escape(column)} · {escape(kind)}: {n}</title></rect>')
        if len(columns) <= 12 or i % math.ceil(len(columns) / 12) == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle"'
                         f' class="tick">{escape(column[5:] if len(column) == 10 else column)}</text>')
    for j, kind in enumerate(kinds):
        lx, ly = left + (j % 6) * 140, height + 24 * (j // 6)
        parts.append(f'<rect x="{lx}" y="{ly - 10}" width="12" height="12" fill="{color_of(kind, kinds)}"/>'
                     f'<text x="{lx + 16}" y="{ly}" class="legend">{escape(kind)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def network(center: str, partners: list[tuple[int, str, int, int]], link: str, width: int = 560,
            height: int = 420) -> Markup:
    """The actor in the middle, its partners around it; green edges for cooperation, red for conflict.

    ``partners``: (id, name, cooperation events, conflict events); ``link``: a URL with ``{id}``.
    """
    cx, cy, r = width / 2, height / 2, min(width, height) / 2 - 60
    most = max((c + k for _, _, c, k in partners), default=1) or 1
    parts = [f'<svg class="network" role="img" aria-label="{escape(center)}" viewBox="0 0 {width} {height}"'
             f' width="100%" data-nodes="{len(partners) + 1}" xmlns="http://www.w3.org/2000/svg">']
    nodes = []
    for i, (pid, name, coop, conflict) in enumerate(partners):
        angle = 2 * math.pi * i / max(len(partners), 1) - math.pi / 2
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        for n, cls, shift in ((coop, "coop", -3), (conflict, "conflict", 3)):
            if n:
                dx, dy = -math.sin(angle) * shift, math.cos(angle) * shift
                parts.append(f'<line class="edge {cls}" x1="{cx + dx:.1f}" y1="{cy + dy:.1f}" x2="{x + dx:.1f}"'
                             f' y2="{y + dy:.1f}" stroke-width="{1 + 6 * n / most:.1f}"><title>{escape(name)}:'
                             f' {n}</title></line>')
        nodes.append(f'<a href="{escape(link.format(id=pid))}"><circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="7"/>'
                     f'<text x="{x:.1f}" y="{y + 20:.1f}" text-anchor="middle" class="label">{escape(name)}</text></a>')
    parts.extend(nodes)
    parts.append(f'<circle class="node center" cx="{cx}" cy="{cy}" r="11"/>'
                 f'<text x="{cx}" y="{cy - 16}" text-anchor="middle" class="label center">{escape(center)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
