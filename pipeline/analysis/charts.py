"""The report's charts, laid out here as SVG geometry the template draws: a two-column
Sankey of moves between organizations, and a bar chart of each organization's net flow."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

# Colour-blind-safe categorical palette (Okabe–Ito plus Tableau's softer hues).
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#86bcb6",
    "#d37295",
    "#8cd17d",
)


@dataclass(frozen=True)
class SankeyNode:
    name: str
    side: str  # "source" or "target"
    value: int
    y: float
    height: float
    color: str


@dataclass(frozen=True)
class SankeyLink:
    source: str
    target: str
    value: int
    path: str
    color: str


@dataclass(frozen=True)
class Sankey:
    width: int
    height: int
    source_x: float
    target_x: float
    node_width: float
    nodes: list[SankeyNode]
    links: list[SankeyLink]
    shown: int  # moves drawn: between two of the top organizations
    total: int  # moves between two different organizations
    # The rest, listed beside the chart instead of drawn: (name, moves in or out), largest first.
    others: list[tuple[str, int]] = field(default_factory=list)
    other_count: int = 0  # organizations not drawn


def sankey_layout(
    pairs: pd.DataFrame, *, top: int = 12, width: int = 760, height: int = 440, node_width: float = 14
) -> Sankey:
    """A two-column Sankey of `pairs` (from_org, to_org, moves) between the `top`
    organizations by volume (moves in plus moves out).

    Moves to or from any other organization are not drawn: grouped as one `other`
    node, a long tail of small organizations was the largest destination and hid
    the main flows. They are counted (`total - shown`) and the largest of them
    listed in `others`. Moves inside one organization (谷歌大脑 → DeepMind, both
    Google) are no flow between organizations and are left out.
    """
    between = pairs[pairs["from_org"] != pairs["to_org"]]
    total = int(between["moves"].sum()) if len(between) else 0
    outflow = between.groupby("from_org", sort=False)["moves"].sum()
    inflow = between.groupby("to_org", sort=False)["moves"].sum()
    volume = outflow.add(inflow, fill_value=0).astype(int)
    chosen = _top(volume, top)
    flows: dict[tuple[str, str], int] = {}
    for row in between.itertuples(index=False):
        if row.from_org in chosen and row.to_org in chosen:
            flows[(row.from_org, row.to_org)] = flows.get((row.from_org, row.to_org), 0) + int(row.moves)
    rest = sorted(((name, int(value)) for name, value in volume.items() if name not in chosen), key=lambda item: (-item[1], item[0]))
    left = _ordered({s: v for (s, _), v in _sum_by(flows, 0).items()})
    right = _ordered({t: v for (t, _), v in _sum_by(flows, 1).items()})
    # Colours by volume rank, so an organization has one colour on both sides.
    colors = _org_colors(sorted(chosen, key=lambda name: (-int(volume[name]), name)))
    gap = 6.0
    shown = sum(flows.values())
    slots = max(len(left), len(right), 1)
    unit = (height - 20 - gap * (slots - 1)) / max(sum(v for _, v in left), sum(v for _, v in right), 1)
    nodes: list[SankeyNode] = []
    tops: dict[tuple[str, str], float] = {}
    for side, column in (("source", left), ("target", right)):
        column_height = sum(v for _, v in column) * unit + gap * (len(column) - 1)
        y = (height - column_height) / 2
        for name, value in column:
            nodes.append(SankeyNode(name, side, value, round(y, 2), round(value * unit, 2), colors[name]))
            tops[(side, name)] = y
            y += value * unit + gap
    source_x, target_x = 190.0, width - 190.0 - node_width
    order_left = {name: index for index, (name, _) in enumerate(left)}
    order_right = {name: index for index, (name, _) in enumerate(right)}
    # Bands leave each source in the order of their targets and reach each
    # target in the order of their sources: fewest crossings for two columns.
    out_offset = {name: tops[("source", name)] for name, _ in left}
    in_offset = {name: tops[("target", name)] for name, _ in right}
    links_by_source = sorted(flows.items(), key=lambda item: (order_left[item[0][0]], order_right[item[0][1]]))
    starts: dict[tuple[str, str], float] = {}
    for (source, target), value in links_by_source:
        starts[(source, target)] = out_offset[source]
        out_offset[source] += value * unit
    links = []
    for (source, target), value in sorted(flows.items(), key=lambda item: (order_right[item[0][1]], order_left[item[0][0]])):
        band = value * unit
        y0, y1 = starts[(source, target)], in_offset[target]
        in_offset[target] += band
        x0, x1 = source_x + node_width, target_x
        middle = (x0 + x1) / 2
        path = (
            f"M{x0:.1f},{y0:.1f} C{middle:.1f},{y0:.1f} {middle:.1f},{y1:.1f} {x1:.1f},{y1:.1f} "
            f"L{x1:.1f},{y1 + band:.1f} C{middle:.1f},{y1 + band:.1f} {middle:.1f},{y0 + band:.1f} {x0:.1f},{y0 + band:.1f} Z"
        )
        links.append(SankeyLink(source, target, value, path, colors[source]))
    # Thin bands drawn last stay visible over thick ones.
    links.sort(key=lambda link: -link.value)
    return Sankey(width, height, source_x, target_x, node_width, nodes, links, shown, total, rest[:8], len(rest))


def _top(values: pd.Series, count: int) -> set[str]:
    ranked = sorted(values.items(), key=lambda item: (-item[1], item[0]))
    return {name for name, _ in ranked[:count]}


def _sum_by(flows: dict[tuple[str, str], int], index: int) -> dict[tuple[str, str], int]:
    totals: dict[tuple[str, str], int] = {}
    for pair, value in flows.items():
        key = (pair[index], "")
        totals[key] = totals.get(key, 0) + value
    return totals


def _ordered(totals: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))


def _org_colors(names: Iterable[str]) -> dict[str, str]:
    colors: dict[str, str] = {}
    for name in names:
        if name not in colors:
            colors[name] = PALETTE[len(colors) % len(PALETTE)]
    return colors


@dataclass(frozen=True)
class Bar:
    name: str
    joins: int
    leaves: int
    net: int
    y: float
    x: float
    width: float
    positive: bool


@dataclass(frozen=True)
class NetChart:
    width: int
    height: int
    zero_x: float
    bar_height: float
    bars: list[Bar]


def net_layout(organizations: pd.DataFrame, *, each: int = 8, width: int = 380, bar_height: float = 20) -> NetChart:
    """Horizontal bars around zero: the `each` largest gains above, losses below."""
    ranked = [row for row in organizations.itertuples(index=False) if int(row.net) != 0]
    gains = sorted((r for r in ranked if r.net > 0), key=lambda r: (-r.net, -r.joins, r.org))[:each]
    losses = sorted((r for r in ranked if r.net < 0), key=lambda r: (r.net, -r.leaves, r.org))[:each]
    chosen = gains + list(reversed(losses))
    largest = max((abs(int(r.net)) for r in chosen), default=1)
    zero_x = width / 2
    half = width / 2 - 110  # room for the names beside the bars
    bars = []
    for index, row in enumerate(chosen):
        length = abs(int(row.net)) / largest * half
        positive = row.net > 0
        x = zero_x if positive else zero_x - length
        bars.append(
            Bar(row.org, int(row.joins), int(row.leaves), int(row.net), 10 + index * (bar_height + 6), x, length, positive)
        )
    height = int(20 + len(bars) * (bar_height + 6))
    return NetChart(width, height, zero_x, bar_height, bars)
