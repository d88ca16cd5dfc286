"""The ecomap (catalogue §4.3, after Hartman) as plain marks: the child or household at the centre, people and
systems around it; line weight for strength, broken lines for tenuous ties, zigzag for stress, arrows for
the direction of energy or resources; risky places and peers marked for exploitation cases."""

from __future__ import annotations

import math

from jicpa_desktop.domain.genogram.model import Genogram
from jicpa_desktop.domain.genogram.notation import (
    AMBER,
    DASHED,
    GREEN,
    GREY,
    INK,
    LEGEND,
    RED,
    TREE,
    Mark,
    Picture,
    _arrow,
    _wrap,
    _zigzag,
)
from jicpa_desktop.domain.localized import LocalizedText

CENTRE_R, NODE_R, RING = 56.0, 48.0, 250.0
COLOURS = {"support": GREEN, "risk": RED, "both": AMBER, "neutral": GREY}
WIDTHS = {"strong": 4.0, "moderate": 2.2, "tenuous": 1.2}
CATEGORY_WORDS = {
    "family": LocalizedText("family", "teulu"),
    "friends_peers": LocalizedText("friends, peers", "ffrindiau, cyfoedion"),
    "school": LocalizedText("school", "ysgol"), "health": LocalizedText("health", "iechyd"),
    "social_care": LocalizedText("social care", "gofal cymdeithasol"), "police": LocalizedText("police", "heddlu"),
    "youth_justice": LocalizedText("youth justice", "cyfiawnder ieuenctid"),
    "probation": LocalizedText("probation", "prawf"), "third_sector": LocalizedText("third sector", "trydydd sector"),
    "community_place": LocalizedText("place", "lle"), "online": LocalizedText("online", "ar-lein"),
    "faith": LocalizedText("faith", "ffydd"), "work": LocalizedText("work", "gwaith"),
}
KEY = (
    ("strong", LocalizedText("strong tie (thick line)", "cysylltiad cryf (llinell drwchus)")),
    ("moderate", LocalizedText("moderate tie", "cysylltiad cymedrol")),
    ("tenuous", LocalizedText("tenuous tie (broken line)", "cysylltiad gwan (llinell doredig)")),
    ("stress", LocalizedText("stressful (zigzag)", "llawn straen (igam-ogam)")),
    ("flow", LocalizedText("arrow: direction of energy or resources", "saeth: cyfeiriad egni neu adnoddau")),
    ("risk", LocalizedText("red: a risk (people, peers, places)", "coch: risg (pobl, cyfoedion, lleoedd)")),
    ("support", LocalizedText("green: a support", "gwyrdd: cymorth")),
)
TITLE = LocalizedText("Ecomap", "Ecomap")
NO_NODES = LocalizedText("No people or systems are recorded on the ecomap yet.",
                         "Nid oes pobl na systemau wedi'u cofnodi ar yr ecomap eto.")


def ecomap_picture(genogram: Genogram, lang: str = "en") -> Picture:
    marks: list[Mark] = []
    nodes = list(genogram.eco_nodes)
    ring = max(RING, len(nodes) * (NODE_R * 2 + 24) / (2 * math.pi))
    cx = cy = ring + NODE_R + 60
    centre_label = _centre_label(genogram)
    marks.append(Mark("ellipse", ((cx - CENTRE_R, cy - CENTRE_R), (cx + CENTRE_R, cy + CENTRE_R)), "centre",
                      TREE, INK, 2.4, fill="#ffffff"))
    lines = _wrap(centre_label, 14, 3)
    for i, line in enumerate(lines):
        marks.append(Mark("text", ((cx, cy + 4 + (i - (len(lines) - 1) / 2) * 12),), "centre", text=line,
                          size=10, bold=True))
    ties = {t.node: t for t in genogram.eco_ties}
    for i, node in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(nodes))
        nx, ny = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
        colour = COLOURS[node.risk_or_support]
        tie = ties.get(node.id)
        if tie is not None:
            a = (cx + CENTRE_R * math.cos(angle), cy + CENTRE_R * math.sin(angle))
            b = (nx - NODE_R * math.cos(angle), ny - NODE_R * math.sin(angle))
            path = [a, b]
            width = WIDTHS[tie.strength]
            line_colour = RED if tie.stress else INK
            if tie.stress:
                marks.append(Mark("polyline", tuple(_zigzag(path, 5.0, 9.0)), tie.id, TREE, line_colour, width))
            else:
                marks.append(Mark("polyline", (a, b), tie.id, TREE, line_colour, width,
                                  DASHED if tie.strength == "tenuous" else ()))
            if tie.flow in ("to_centre", "both"):
                marks.append(_arrow(a, angle + math.pi, tie.id, TREE, line_colour, 10))
            if tie.flow in ("from_centre", "both"):
                marks.append(_arrow(b, angle, tie.id, TREE, line_colour, 10))
        marks.append(Mark("ellipse", ((nx - NODE_R, ny - NODE_R), (nx + NODE_R, ny + NODE_R)), node.id, TREE, colour,
                          3.0 if node.risk_or_support == "risk" else 1.8, fill="#ffffff"))
        label = _wrap(node.label or node.id, 13, 3)
        for k, line in enumerate(label):
            marks.append(Mark("text", ((nx, ny - 2 + (k - (len(label) - 1) / 2) * 11),), node.id, text=line,
                              size=8.5, bold=True))
        marks.append(Mark("text", ((nx, ny + NODE_R - 10),), node.id, TREE, GREY,
                          text=CATEGORY_WORDS[node.category].get(lang), size=7))
    size = 2 * cx
    y = size + 6
    if not nodes:
        marks.append(Mark("text", ((cx, cy + CENTRE_R + 30),), "", TREE, GREY, text=NO_NODES.get(lang), size=9))
    marks.append(Mark("text", ((24, y),), "", LEGEND, text=TITLE.get(lang), size=9.5, anchor="start", bold=True))
    for i, (_, words) in enumerate(KEY):
        marks.append(Mark("text", ((24 + (i % 2) * 300, y + 18 + (i // 2) * 14),), "", LEGEND, INK,
                          text="• " + words.get(lang), size=8.5, anchor="start"))
    return Picture(tuple(marks), max(size, 620.0), y + 18 + ((len(KEY) + 1) // 2) * 14 + 16)


def _centre_label(genogram: Genogram) -> str:
    if genogram.ecomap_centre != "index_child":
        household = next((h for h in genogram.households if h.id == genogram.ecomap_centre), None)
        if household is not None:
            return household.label or household.id
    child = genogram.index_child
    return child.role_label if child is not None and child.role_label else "Index child"
