"""The McGoldrick/Gerson notation (catalogue §4.2) as plain marks: shapes, lines and text in one coordinate space.

Every picture of a genogram (the app's scene, SVG, PDF) is drawn from these marks, so the notation is
decided once. Each mark names the element it belongs to (for selection) and its layer: the emotional and
abuse overlay and the households can be hidden for printing.
"""

from __future__ import annotations

import bisect
import itertools
import math
from dataclasses import dataclass

from jicpa_desktop.domain.genogram.layout import SYMBOL, Layout, layout
from jicpa_desktop.domain.genogram.model import Genogram, Person
from jicpa_desktop.domain.localized import LocalizedText

TREE, HOUSEHOLD, OVERLAY, BADGE, LEGEND = "tree", "household", "overlay", "badge", "legend"
INK, GREY, RED, GREEN, BLUE, AMBER = "#1a1a1a", "#707070", "#b3261e", "#1e6b34", "#1f4e8c", "#8a5a00"
SOLID: tuple[float, ...] = ()
DASHED = (7.0, 4.0)
DOTTED = (1.5, 3.0)


@dataclass(frozen=True, slots=True)
class Mark:
    kind: str  # rect | ellipse | polygon | polyline | text
    points: tuple[tuple[float, float], ...]  # rect/ellipse: two corners; text: the anchor point
    element: str = ""
    layer: str = TREE
    stroke: str = INK
    width: float = 1.6
    dash: tuple[float, ...] = SOLID
    fill: str = ""  # "" = none
    text: str = ""
    size: float = 10.0
    anchor: str = "middle"  # start | middle | end
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Picture:
    marks: tuple[Mark, ...]
    width: float
    height: float


def _t(en: str, cy: str) -> LocalizedText:
    return LocalizedText(en, cy)


BADGES: dict[str, tuple[str, str, LocalizedText]] = {  # flag -> (code, colour, meaning)
    "cpr": ("CPR", RED, _t("on the child protection register", "ar y gofrestr amddiffyn plant")),
    "cla": ("CLA", BLUE, _t("child looked after", "plentyn sy'n derbyn gofal")),
    "casp": ("CASP", BLUE, _t("care and support plan", "cynllun gofal a chymorth")),
    "yjs_order": ("YJS", AMBER, _t("youth justice order", "gorchymyn cyfiawnder ieuenctid")),
    "parental_responsibility": ("PR", GREY, _t("parental responsibility", "cyfrifoldeb rhiant")),
    "special_guardian": ("SGO", BLUE, _t("special guardian", "gwarcheidwad arbennig")),
    "foster_carer": ("FC", BLUE, _t("foster carer", "gofalwr maeth")),
    "poses_risk_to_child": ("RISK", RED, _t("poses a risk to the child", "yn peri risg i'r plentyn")),
    "domestic_abuse_perpetrator": ("DA", RED, _t("domestic abuse perpetrator", "cyflawnwr cam-drin domestig")),
    "on_probation": ("PROB", AMBER, _t("on probation", "ar brawf")),
    "mappa": ("MAPPA", RED, _t("managed under MAPPA", "yn cael ei reoli o dan MAPPA")),
    "sex_offender_registered": ("RSO", RED, _t("registered sex offender", "troseddwr rhyw cofrestredig")),
    "exploitation_suspect": ("EXP?", RED, _t("suspected of exploitation", "dan amheuaeth o gamfanteisio")),
    "missing": ("MISS", AMBER, _t("missing episodes", "cyfnodau o fod ar goll")),
    "exploited": ("EXPL", RED, _t("being exploited", "yn cael ei gamfanteisio")),
    "harmful_behaviour": ("HB", AMBER, _t("harmful behaviour", "ymddygiad niweidiol")),
    "safety_network_member": ("SN", GREEN, _t("safety network member", "aelod o'r rhwydwaith diogelwch")),
    "alternative_carer_assessed": ("ALT", GREEN, _t("assessed as alternative carer", "wedi'i asesu fel gofalwr arall")),
    "trusted_adult": ("TA", GREEN, _t("trusted adult", "oedolyn dibynadwy")),
}
AGENCY_CODES: dict[str, tuple[str, LocalizedText]] = {
    "la_cs": ("LA", _t("local authority children's services", "gwasanaethau plant yr awdurdod lleol")),
    "health": ("H", _t("health", "iechyd")),
    "police": ("Pol", _t("police", "heddlu")),
    "education": ("Ed", _t("education", "addysg")),
    "probation": ("Pr", _t("probation", "prawf")),
    "yjs": ("YJ", _t("youth justice service", "gwasanaeth cyfiawnder ieuenctid")),
}
UNION_WORDS = {
    "married": _t("m.", "p."), "civil_partnership": _t("cp.", "ps."), "cohabiting": _t("LT", "BG"),
    "dating": _t("rel.", "perth."), "casual": _t("rel.", "perth."), "unknown": _t("", ""),
}
ABUSE_WORDS = {
    "physical": _t("physical", "corfforol"), "emotional": _t("emotional", "emosiynol"),
    "sexual": _t("sexual", "rhywiol"), "neglect": _t("neglect", "esgeulustod"),
    "domestic_abuse_coercive_control": _t("domestic abuse", "cam-drin domestig"),
    "exploitation": _t("exploitation", "camfanteisio"),
}
LINE_LEGEND = {
    "married": _t("marriage (solid)", "priodas (llinell solet)"),
    "cohabiting": _t("living together (dashed)", "byw gyda'i gilydd (llinell doredig)"),
    "separated": _t("separated (one slash)", "wedi gwahanu (un slaes)"),
    "divorced": _t("divorced or ended (two slashes)", "wedi ysgaru neu ddod i ben (dwy slaes)"),
    "adoptive": _t("adopted (dashed line down)", "wedi'i fabwysiadu (llinell doredig)"),
    "foster": _t("foster or kinship care (dotted)", "gofal maeth neu berthnasau (llinell ddotiog)"),
    "twins": _t("twins (one point)", "gefeilliaid (o un pwynt)"),
    "household": _t("household (dotted boundary)", "aelwyd (ffin ddotiog)"),
    "deceased": _t("deceased (cross)", "wedi marw (croes)"),
    "index": _t("index child (double outline)", "plentyn mynegai (amlinell ddwbl)"),
    "pregnancy": _t("pregnancy (triangle); loss (small cross)", "beichiogrwydd (triongl); colled (croes fach)"),
    "close": _t("close (two lines); fused (three)", "agos (dwy linell); wedi ymdoddi (tair)"),
    "conflict": _t("conflict or hostile (zigzag)", "gwrthdaro neu elyniaethus (igam-ogam)"),
    "distant": _t("distant (dotted)", "pell (dotiog)"),
    "cut_off": _t("cut off (line broken by bars)", "wedi torri cysylltiad (llinell â barrau)"),
    "focused_on": _t("focused on (arrow)", "yn canolbwyntio ar (saeth)"),
    "abuse": _t("abuse (red zigzag, arrow to the person harmed)",
                "cam-drin (igam-ogam coch, saeth at y person a niweidiwyd)"),
}
LEGEND_TITLE = _t("Key", "Allwedd")


def _wrap(text: str, width: int = 17, lines: int = 2) -> list[str]:
    words, out, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        out.append(line)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1] + "…"
    return out


def _circle(cx: float, cy: float, r: float) -> tuple[tuple[float, float], tuple[float, float]]:
    return ((cx - r, cy - r), (cx + r, cy + r))


def person_marks(person: Person, x: float, y: float, lang: str, as_at: int | None) -> list[Mark]:
    h, e = SYMBOL / 2, person.id
    out: list[Mark] = []
    small = person.pregnancy in ("current", "miscarriage", "termination", "stillbirth")
    r = h * 0.55 if small else h

    def symbol(r: float, width: float = 1.8) -> Mark:
        if person.pregnancy == "current":
            corners = ((x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8))
            return Mark("polygon", corners, e, width=width, fill="#ffffff")
        if person.sex == "male":
            return Mark("rect", ((x - r, y - r), (x + r, y + r)), e, width=width, fill="#ffffff")
        if person.sex == "female":
            return Mark("ellipse", _circle(x, y, r), e, width=width, fill="#ffffff")
        return Mark("polygon", ((x, y - r * 1.15), (x + r * 1.15, y), (x, y + r * 1.15), (x - r * 1.15, y)), e,
                    width=width, fill="#ffffff")

    if person.pregnancy in ("miscarriage", "termination"):
        k = r * 0.8
        out.append(Mark("polyline", ((x - k, y - k), (x + k, y + k)), e, width=2.0))
        out.append(Mark("polyline", ((x - k, y + k), (x + k, y - k)), e, width=2.0))
        if person.pregnancy == "termination":
            out.append(Mark("polyline", ((x - k, y - k - 5), (x + k, y - k - 5)), e, width=1.4))
    else:
        if person.is_index_child:
            out.append(symbol(r + 5, 1.4))
        out.append(symbol(r))
        if person.deceased or person.pregnancy == "stillbirth":
            k = r * (0.8 if person.sex == "unknown" else 1.0) + 3
            out.append(Mark("polyline", ((x - k, y - k), (x + k, y + k)), e, width=1.6))
            out.append(Mark("polyline", ((x - k, y + k), (x + k, y - k)), e, width=1.6))
    if person.birth_year and not small and as_at and not person.deceased:
        out.append(Mark("text", ((x, y + 4),), e, text=str(max(0, as_at - person.birth_year)), size=10, bold=True))
    if person.birth_year and person.pregnancy != "current":
        out.append(Mark("text", ((x - h - 2, y - h - 8),), e, text=str(person.birth_year), size=8.5, anchor="end"))
    if person.death_year:
        out.append(Mark("text", ((x + h + 2, y - h - 8),), e, text=str(person.death_year), size=8.5, anchor="start"))
    label_y = y + h + 14 + (5 if person.is_index_child else 0)
    for i, line in enumerate(_wrap(person.role_label or person.id)):
        out.append(Mark("text", ((x, label_y + i * 11),), e, text=line, size=8.5, bold=person.is_index_child))
    # Badges (a tool extension): small coded boxes at the symbol's top right, explained in the key.
    flags = [f for f in (*person.legal_status_flags, *person.risk_flags, *person.protective_flags) if f in BADGES]
    bx, by = x + h + 4, y - h + 1
    for flag in flags:
        code, colour, _ = BADGES[flag]
        w = 6 + len(code) * 5.2
        out.append(Mark("rect", ((bx, by), (bx + w, by + 11)), e, BADGE, colour, 0.9, fill="#ffffff"))
        out.append(Mark("text", ((bx + w / 2, by + 8.5),), e, BADGE, colour, text=code, size=7, bold=True))
        by += 13
    if person.agency_involvement:
        codes = " ".join(AGENCY_CODES[a][0] for a in person.agency_involvement if a in AGENCY_CODES)
        out.append(Mark("text", ((bx, by + 8),), e, BADGE, GREY, text=codes, size=7, anchor="start"))
    return out


def _along(points: list[tuple[float, float]], fraction: float,
           cumulative: list[float] | None = None) -> tuple[float, float, float]:
    """The point a fraction of the way along a polyline, and the direction there (radians); *cumulative*
    (the running lengths, from _lengths) saves measuring the line again for each point."""
    running = cumulative or _lengths(points)
    goal = running[-1] * fraction
    i = min(max(1, bisect.bisect_left(running, goal)), len(points) - 1)
    a, b = points[i - 1], points[i]
    seg = running[i] - running[i - 1]
    t = 0.0 if seg <= 0 else (goal - running[i - 1]) / seg
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, math.atan2(b[1] - a[1], b[0] - a[0]))


def _lengths(points: list[tuple[float, float]]) -> list[float]:
    running = [0.0]
    for a, b in itertools.pairwise(points):
        running.append(running[-1] + math.dist(a, b))
    return running


def _offset(points: list[tuple[float, float]], d: float) -> list[tuple[float, float]]:
    out = []
    for i, (px, py) in enumerate(points):
        a, b = points[max(0, i - 1)], points[min(len(points) - 1, i + 1)]
        angle = math.atan2(b[1] - a[1], b[0] - a[0])
        out.append((px - math.sin(angle) * d, py + math.cos(angle) * d))
    return out


def _zigzag(points: list[tuple[float, float]], amplitude: float = 4.0, step: float = 7.0) -> list[tuple[float, float]]:
    running = _lengths(points)
    n = max(2, int(running[-1] / step))
    out = []
    for i in range(n + 1):
        px, py, angle = _along(points, i / n, running)
        side = 0 if i in (0, n) else (amplitude if i % 2 else -amplitude)
        out.append((px - math.sin(angle) * side, py + math.cos(angle) * side))
    return out


def _arrow(tip: tuple[float, float], angle: float, element: str, layer: str, colour: str, size: float = 8) -> Mark:
    left = (tip[0] - size * math.cos(angle - 0.4), tip[1] - size * math.sin(angle - 0.4))
    right = (tip[0] - size * math.cos(angle + 0.4), tip[1] - size * math.sin(angle + 0.4))
    return Mark("polygon", (tip, left, right), element, layer, colour, 1.0, fill=colour)


def _arc(a: tuple[float, float], b: tuple[float, float], bend: float) -> list[tuple[float, float]]:
    """A gentle curve from a to b (sampled), bowed sideways so it does not sit on the tree's own lines."""
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    angle = math.atan2(b[1] - a[1], b[0] - a[0])
    cx, cy = mx - math.sin(angle) * bend, my + math.cos(angle) * bend
    out = []
    for i in range(17):
        t = i / 16
        out.append(((1 - t) ** 2 * a[0] + 2 * (1 - t) * t * cx + t * t * b[0],
                    (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * cy + t * t * b[1]))
    return out


def _trim(points: list[tuple[float, float]], start: float, end: float) -> list[tuple[float, float]]:
    """The polyline without its first *start* and last *end* units of length (off the symbols)."""
    running = _lengths(points)
    total = running[-1]
    if total <= start + end + 4:
        return points
    a0, a1 = start / total, 1 - end / total
    return [(_along(points, a0 + (a1 - a0) * i / 16, running)[:2]) for i in range(17)]


def genogram_picture(genogram: Genogram, lang: str = "en", *, overlay: bool = True, households: bool = True,
                     legend: bool = True, placed: Layout | None = None) -> Picture:
    placed = placed or layout(genogram)
    people = {p.id: p for p in genogram.persons}
    boxes = placed.persons
    marks: list[Mark] = []
    used: set[str] = set()
    h = SYMBOL / 2

    if households:
        labels = {hh.id: hh.label or hh.id for hh in genogram.households}
        previous: dict[str, tuple[tuple[float, float], ...]] = {}
        for outline in placed.households:
            marks.append(Mark("polygon", outline.points, outline.id, HOUSEHOLD, GREEN, 1.3, DASHED))
            (x0, y0), (x1, _), _, _ = outline.points
            if outline.id in previous:  # join the household's boxes: one home, drawn in pieces
                (p0, _), (p1, _), (_, q1), _ = previous[outline.id]
                marks.append(Mark("polyline", (((p0 + p1) / 2, q1), ((x0 + x1) / 2, y0)), outline.id, HOUSEHOLD,
                                  GREEN, 1.0, DOTTED))
            else:
                marks.append(Mark("text", ((x0 + 4, y0 - 4),), outline.id, HOUSEHOLD, GREEN,
                                  text=labels.get(outline.id, outline.id), size=8.5, anchor="start", bold=True))
            previous[outline.id] = outline.points
            used.add("household")

    unions = {u.id: u for u in genogram.unions}
    for line in placed.unions:
        union = unions[line.id]
        a, b = boxes[line.partner_a], boxes[line.partner_b]
        dash = SOLID if union.type in ("married", "civil_partnership") else DASHED
        used.add("married" if not dash else "cohabiting")
        marks.append(Mark("polyline", ((line.x1, a.y + h), (line.x1, line.y), (line.x2, line.y), (line.x2, b.y + h)),
                          union.id, dash=dash))
        slashes = 2 if union.status in ("divorced", "ended") else 1 if union.status == "separated" else 0
        mid = (line.x1 + line.x2) / 2
        for k in range(slashes):
            sx = mid - 14 - k * 7
            marks.append(Mark("polyline", ((sx - 5, line.y + 8), (sx + 5, line.y - 8)), union.id, width=1.6))
        if slashes:
            used.add("divorced" if slashes == 2 else "separated")
        words = []
        if union.start_year:
            words.append(f"{UNION_WORDS[union.type].get(lang)} {union.start_year}".strip())
        if union.separation_year:
            words.append(f"{'s.' if lang == 'en' else 'g.'} {union.separation_year}")
        if union.end_year and union.status in ("divorced", "ended"):
            words.append(f"{'d.' if lang == 'en' else 'ysg.'} {union.end_year}")
        if words:
            marks.append(Mark("text", ((line.x1 + 4, line.y + 10),), union.id, text=" ".join(words), size=7.5,
                              anchor="start", stroke=GREY))

    twins_identical = {m for g in genogram.sibling_groups if g.multiple_birth == "twins_identical" for m in g.members}
    for descent in placed.descents:
        xs = [c.from_x for c in descent.children] + [descent.drop_x]
        if descent.bar_y != descent.drop_y:
            marks.append(Mark("polyline", ((descent.drop_x, descent.drop_y), (descent.drop_x, descent.bar_y)),
                              descent.source))
            marks.append(Mark("polyline", ((min(xs), descent.bar_y), (max(xs), descent.bar_y)), descent.source))
        shared: dict[float, list[tuple[float, float]]] = {}
        for child in descent.children:
            dash = DASHED if child.link_type == "adoptive" else DOTTED if child.link_type == "foster" else SOLID
            if dash is not SOLID:
                used.add(child.link_type)
            width = 2.0 if dash == DOTTED else 1.6
            marks.append(Mark("polyline", ((child.from_x, descent.bar_y), (child.to_x, child.to_y)), child.child,
                              dash=dash, width=width))
            if child.from_x != child.to_x and descent.bar_y != descent.drop_y:
                used.add("twins")
            shared.setdefault(child.from_x, []).append((child.to_x, child.to_y))
        for from_x, ends in shared.items():
            if len(ends) == 2 and all(c.child in twins_identical for c in descent.children if c.from_x == from_x):
                yb = descent.bar_y + (ends[0][1] - descent.bar_y) * 0.45
                xa = from_x + (ends[0][0] - from_x) * 0.45
                xb = from_x + (ends[1][0] - from_x) * 0.45
                marks.append(Mark("polyline", ((xa, yb), (xb, yb)), descent.source))

    for pid, box in boxes.items():
        person = people[pid]
        marks.extend(person_marks(person, box.x, box.y, lang, genogram.as_at_year))
        used.update(
            {"deceased"} if person.deceased else set(),
            {"index"} if person.is_index_child else set(),
            {"pregnancy"} if person.pregnancy != "none" else set(),
        )
        used.update(f for f in (*person.legal_status_flags, *person.risk_flags, *person.protective_flags))
        used.update(f"agency:{a}" for a in person.agency_involvement)

    if overlay:
        for i, link in enumerate(genogram.emotional_links):
            start, end = boxes.get(link.from_person), boxes.get(link.to_person)
            if start is None or end is None or start.id == end.id:
                continue
            bend = 28.0 + 6 * (i % 3)
            path = _trim(_arc((start.x, start.y), (end.x, end.y), bend), h + 6, h + 8)
            colour = RED if link.abuse != "none" else BLUE
            q = link.quality
            if link.abuse != "none":
                marks.append(Mark("polyline", tuple(_zigzag(path)), link.id, OVERLAY, RED, 1.4))
                px, py, angle = _along(path, 1.0)
                marks.append(_arrow((px, py), angle, link.id, OVERLAY, RED))
                mx, my, _ = _along(path, 0.5)
                said = ABUSE_WORDS[link.abuse].get(lang)
                marks.append(Mark("text", ((mx, my - 7),), link.id, OVERLAY, RED, text=said, size=7.5, bold=True))
                used.add("abuse")
            elif q in ("close", "very_close_fused", "close_hostile"):
                count = 3 if q == "very_close_fused" else 2
                for k in range(count):
                    marks.append(Mark("polyline", tuple(_offset(path, (k - (count - 1) / 2) * 3.5)), link.id,
                                      OVERLAY, colour, 1.1))
                if q == "close_hostile":
                    marks.append(Mark("polyline", tuple(_zigzag(path, 5.0)), link.id, OVERLAY, colour, 1.1))
                    used.add("conflict")
                used.add("close")
            elif q in ("conflict", "hostile"):
                marks.append(Mark("polyline", tuple(_zigzag(path, 3.5 if q == "conflict" else 5.0)), link.id,
                                  OVERLAY, colour, 1.3))
                used.add("conflict")
            elif q == "distant":
                marks.append(Mark("polyline", tuple(path), link.id, OVERLAY, colour, 1.4, DOTTED))
                used.add("distant")
            elif q in ("cut_off", "cut_off_repaired"):
                marks.append(Mark("polyline", tuple(path), link.id, OVERLAY, colour, 1.2))
                mx, my, angle = _along(path, 0.5)
                for side in (-3.0, 3.0):
                    cx, cy = mx + math.cos(angle) * side, my + math.sin(angle) * side
                    dx, dy = -math.sin(angle) * 7, math.cos(angle) * 7
                    marks.append(Mark("polyline", ((cx - dx, cy - dy), (cx + dx, cy + dy)), link.id, OVERLAY,
                                      colour, 1.6))
                used.add("cut_off")
            elif q in ("focused_on", "caring"):
                marks.append(Mark("polyline", tuple(path), link.id, OVERLAY, colour, 1.2))
                px, py, angle = _along(path, 1.0)
                marks.append(_arrow((px, py), angle, link.id, OVERLAY, colour))
                used.add("focused_on")

    width, height = float(placed.width), float(placed.height)
    if legend:
        legend_marks, legend_height = _legend(used, lang, 24.0, height + 4, max(width, 620.0))
        marks.extend(legend_marks)
        height += legend_height + 10
        width = max(width, 620.0)
    return Picture(tuple(marks), width, height)


def _legend(used: set[str], lang: str, x0: float, y0: float, width: float) -> tuple[list[Mark], float]:
    entries: list[tuple[str, str, str]] = []  # (code, colour, meaning)
    for key, words in LINE_LEGEND.items():
        if key in used:
            entries.append(("", INK, words.get(lang)))
    for flag, (code, colour, meaning) in BADGES.items():
        if flag in used:
            entries.append((code, colour, meaning.get(lang)))
    for agency, (code, meaning) in AGENCY_CODES.items():
        if f"agency:{agency}" in used:
            entries.append((code, GREY, meaning.get(lang)))
    if not entries:
        return [], 0.0
    marks = [Mark("text", ((x0, y0 + 10),), "", LEGEND, text=LEGEND_TITLE.get(lang), size=9.5, anchor="start",
                  bold=True)]
    column = 300.0
    per_row = max(1, int((width - x0) // column))
    for i, (code, colour, meaning_text) in enumerate(entries):
        cx = x0 + (i % per_row) * column
        cy = y0 + 26 + (i // per_row) * 15
        if code:
            w = 6 + len(code) * 5.2
            marks.append(Mark("rect", ((cx, cy - 8.5), (cx + w, cy + 2.5)), "", LEGEND, colour, 0.9, fill="#ffffff"))
            marks.append(Mark("text", ((cx + w / 2, cy),), "", LEGEND, colour, text=code, size=7, bold=True))
            marks.append(Mark("text", ((cx + w + 5, cy),), "", LEGEND, INK, text=meaning_text, size=8.5,
                              anchor="start"))
        else:
            marks.append(Mark("text", ((cx, cy),), "", LEGEND, INK, text="• " + meaning_text, size=8.5,
                              anchor="start"))
    rows = (len(entries) + per_row - 1) // per_row
    return marks, 30 + rows * 15


def visible(picture: Picture, layers: set[str]) -> Picture:
    return Picture(tuple(m for m in picture.marks if m.layer in layers), picture.width, picture.height)
