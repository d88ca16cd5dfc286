"""A layered genogram layout built around couples, in plain numbers (no Qt): the app, SVG and PDF share it.

Each couple (or chain of partners) is one unit; the children of a union hang below it, oldest on the left;
generations run top to bottom. Orders come from a few barycentre sweeps with every tie broken by birth
year and id, and positions from an isotonic fit to where each unit wants to be (under its parents, or
over its children), so the result is deterministic and adding one person moves the others little.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from jicpa_desktop.domain.genogram.model import Genogram, Person, Union

SYMBOL = 36.0  # a symbol's width and height
PARTNER_GAP = 120.0  # centre to centre of two partners
SLOT_GAP = 112.0  # centre to centre of neighbours in different units: room for a two-line role label
GENERATION_GAP = 170.0
UNION_DROP = 36.0  # the couple line runs this far below the symbols, under their two-line role labels
SIBLING_BAR = 62.0  # the bar children hang from, below the couple line
MARGIN = 70.0
HANGING_TYPES = ("biological", "adoptive", "foster", "unknown", "step")

_GENERATION_OF_RELATION = {
    "maternal_grandparent": 0, "paternal_grandparent": 0,
    "mother": 1, "father": 1, "step_mother": 1, "step_father": 1, "parent_partner_not_resident": 1,
    "parent_partner_resident": 1, "aunt_uncle": 1, "foster_carer": 1, "kinship_carer": 1,
    "other_adult_in_household": 1, "unrelated_adult_of_concern": 1, "other_relative": 1,
    "self": 2, "full_sibling": 2, "half_sibling_maternal": 2, "half_sibling_paternal": 2, "step_sibling": 2,
    "foster_or_adoptive_sibling": 2, "cousin": 2, "unborn_sibling": 2,
}


@dataclass(frozen=True, slots=True)
class PersonBox:
    id: str
    x: float  # centre
    y: float  # centre
    generation: int


@dataclass(frozen=True, slots=True)
class UnionLine:
    id: str
    x1: float
    x2: float
    y: float  # the couple line; each partner's symbol drops to it
    partner_a: str
    partner_b: str


@dataclass(frozen=True, slots=True)
class ChildLine:
    child: str
    link_type: str  # biological, adoptive (dashed), foster (dotted) …
    from_x: float  # on the sibling bar (twins share one point)
    to_x: float
    to_y: float  # top of the child's symbol


@dataclass(frozen=True, slots=True)
class Descent:
    """The line from a union (or a lone parent) down to its children's bar and each child."""

    source: str  # union id, or the parent's person id for a child of one recorded parent
    drop_x: float
    drop_y: float
    bar_y: float
    children: tuple[ChildLine, ...]


@dataclass(frozen=True, slots=True)
class HouseholdOutline:
    id: str
    points: tuple[tuple[float, float], ...]  # a closed polygon around the members, row by row


@dataclass(frozen=True, slots=True)
class Layout:
    persons: dict[str, PersonBox]
    unions: tuple[UnionLine, ...]
    descents: tuple[Descent, ...]
    households: tuple[HouseholdOutline, ...]
    width: float
    height: float


def _birth_key(person: Person | None) -> tuple[int, str]:
    if person is None:
        return (9999, "")
    return (person.birth_year if person.birth_year is not None else 9998, person.id)


def generations(genogram: Genogram) -> dict[str, int]:
    """Each person's generation (0 = the oldest shown): parents one above children, partners level."""
    people = {p.id: p for p in genogram.persons}
    edges: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for link in genogram.parent_links:
        if link.parent in people and link.child in people and link.parent != link.child:
            edges[link.child].append((link.parent, -1))
            edges[link.parent].append((link.child, 1))
    for union in genogram.unions:
        if union.partner_a in people and union.partner_b in people and union.partner_a != union.partner_b:
            edges[union.partner_a].append((union.partner_b, 0))
            edges[union.partner_b].append((union.partner_a, 0))
    level: dict[str, int] = {}
    index = genogram.index_child
    seeds = ([index.id] if index else []) + sorted(people, key=lambda i: _birth_key(people[i]))
    for seed in seeds:
        if seed in level:
            continue
        level[seed] = _GENERATION_OF_RELATION.get(people[seed].relation_to_index, 1) if seed != (
            index.id if index else None) else 2
        queue = [seed]
        while queue:
            here = queue.pop(0)
            for there, step in sorted(edges[here]):
                if there not in level:
                    level[there] = level[here] + step
                    queue.append(there)
    low = min(level.values(), default=0)
    return {pid: g - low for pid, g in level.items()}


def _chains(genogram: Genogram, level: dict[str, int]) -> dict[int, list[list[str]]]:
    """The units of each generation: a lone person, a couple, or a person with partners either side."""
    people = {p.id: p for p in genogram.persons}
    partners: dict[str, list[Union]] = defaultdict(list)
    for u in genogram.unions:
        a, b = u.partner_a, u.partner_b
        if a in people and b in people and a != b and level[a] == level[b]:
            partners[a].append(u)
            partners[b].append(u)
    seen: set[str] = set()
    out: dict[int, list[list[str]]] = defaultdict(list)
    for pid in sorted(people, key=lambda i: _birth_key(people[i])):
        if pid in seen:
            continue
        component, stack = [], [pid]
        while stack:
            here = stack.pop()
            if here in seen:
                continue
            seen.add(here)
            component.append(here)
            for u in partners[here]:
                stack.append(u.partner_b if u.partner_a == here else u.partner_a)
        out[level[pid]].append(_order_partners(component, partners, people))
    return out


def _union_key(u: Union) -> tuple[int, str]:
    return (u.start_year if u.start_year is not None else 9999, u.id)


def _order_partners(component: list[str], partners: dict[str, list[Union]], people: dict[str, Person]) -> list[str]:
    if len(component) == 1:
        return component
    if len(component) == 2:
        a, b = sorted(component)
        # By convention male left, female right; otherwise by id, so the order never flips.
        if people[a].sex == "female" and people[b].sex == "male":
            a, b = b, a
        return [a, b]
    hub = max(sorted(component), key=lambda i: len(partners[i]))
    ordered = [u.partner_b if u.partner_a == hub else u.partner_a for u in sorted(partners[hub], key=_union_key)]
    ordered = list(dict.fromkeys(o for o in ordered if o != hub))
    # Nearest partners closest: the earliest union farthest left, later ones to the right of the hub.
    left = ordered[: len(ordered) // 2 or 1]
    right = ordered[len(left):]
    row = [*left, hub, *right]
    row += sorted(set(component) - set(row))  # partners of partners (rare): at the end
    return row


def _isotonic(targets: list[float], offsets: list[float]) -> list[float]:
    """Positions closest (least squares) to *targets* keeping each at least offsets[i] past the previous."""
    shifted = [t - sum(offsets[: i + 1]) for i, t in enumerate(targets)]
    blocks: list[list[float]] = []  # [mean, count]
    for value in shifted:
        blocks.append([value, 1.0])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, c2 = blocks.pop()
            m1, c1 = blocks.pop()
            blocks.append([(m1 * c1 + m2 * c2) / (c1 + c2), c1 + c2])
    fitted = [m for m, c in blocks for _ in range(int(c))]
    return [f + sum(offsets[: i + 1]) for i, f in enumerate(fitted)]


def layout(genogram: Genogram) -> Layout:
    people = {p.id: p for p in genogram.persons}
    level = generations(genogram)
    units = _chains(genogram, level)
    depth = max(units, default=-1) + 1
    unions = {u.id: u for u in genogram.unions if u.partner_a in people and u.partner_b in people}

    # Where each child hangs from: the union named by its links, else both parents' union, else one parent.
    hang: dict[str, tuple[str, str]] = {}  # child -> (source id, link type)
    by_pair = {frozenset((u.partner_a, u.partner_b)): u.id for u in unions.values()}
    parents: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for link in genogram.parent_links:
        if link.parent in people and link.child in people and link.type in HANGING_TYPES:
            parents[link.child].append((link.parent, link.union_id, link.type))
    for child, links in parents.items():
        natural = [x for x in links if x[2] in ("biological", "adoptive", "unknown")] or links
        union_ids = [u for _, u, _ in natural if u in unions]
        pair = by_pair.get(frozenset(p for p, _, _ in natural[:2])) if len(natural) >= 2 else None
        source = union_ids[0] if union_ids else pair or natural[0][0]
        kind = next((t for _, u, t in natural if u == source), natural[0][2])
        if level.get(child, 0) > level.get(_source_person(source, unions), -1):
            hang[child] = (source, kind)

    # Orders: barycentre sweeps over unit positions, ties by birth year then id.
    order: dict[int, list[list[str]]] = {g: sorted(units[g], key=lambda u: _birth_key(people[u[0]])) for g in units}
    slot: dict[str, float] = {}

    def number(g: int) -> None:
        i = 0.0
        for unit in order[g]:
            for pid in unit:
                slot[pid] = i
                i += 1

    for g in order:
        number(g)
    kids: dict[str, list[str]] = defaultdict(list)
    for link in genogram.parent_links:
        if link.parent in people and link.child in people:
            kids[link.parent].append(link.child)

    def unit_birth(unit: list[str]) -> tuple[int, str]:
        return min((_birth_key(people[p]) for p in unit if p in hang), default=_birth_key(people[unit[0]]))

    def parent_bary(unit: list[str], g: int) -> float | None:
        above = [slot[p] for m in unit for link in parents.get(m, ()) for p in (link[0],) if level.get(p) == g - 1]
        return sum(above) / len(above) if above else None

    def sweep_down(g: int) -> None:
        plain = {id(u): parent_bary(u, g) for u in order[g]}
        # A married child stands at the end of their siblings nearest their partner's family: the siblings
        # lean towards the couple's own position, then keep their birth order among themselves.
        lean: dict[str, float] = {}
        for unit in order[g]:
            if len(unit) > 1 and plain[id(unit)] is not None:
                for m in unit:
                    own = parent_bary([m], g)
                    if own is not None:
                        lean[_source_of_parents(parents, m)] = plain[id(unit)] or 0.0

        def key(unit: list[str]) -> tuple[float, float, tuple[int, str]]:
            bary = plain[id(unit)]
            if bary is None:
                return (sum(slot[m] for m in unit) / len(unit), 0.0, unit_birth(unit))
            side = 0.0
            if len(unit) == 1 and unit[0] in parents:
                towards = lean.get(_source_of_parents(parents, unit[0]))
                if towards is not None:
                    side = -1.0 if towards < bary else 1.0
            return (bary + 0.01 * side, side, unit_birth(unit))
        order[g].sort(key=key)
        number(g)

    def sweep_up(g: int) -> None:
        married = {m for unit in order.get(g + 1, ()) if len(unit) > 1 for m in unit}

        def key(unit: list[str]) -> tuple[float, tuple[int, str]]:
            below = [slot[c] for m in unit for c in kids.get(m, ()) if level.get(c) == g + 1]
            # A married child's place decides where their parents go: it is where two families meet.
            below = [slot[c] for m in unit for c in kids.get(m, ()) if c in married] or below
            bary = sum(below) / len(below) if below else sum(slot[m] for m in unit) / len(unit)
            return (bary, unit_birth(unit))
        order[g].sort(key=key)
        number(g)

    for _ in range(3):
        for g in range(1, depth):
            sweep_down(g)
        for g in range(depth - 2, -1, -1):
            sweep_up(g)
    for g in range(1, depth):
        sweep_down(g)
        if _orient(order[g], slot, parents, level, g):
            number(g)
            sweep_down(g)

    # Positions: each unit's centre fitted to where it wants to be, generation by generation.
    x: dict[str, float] = {}

    def offsets_in(unit: list[str]) -> list[float]:
        width = (len(unit) - 1) * PARTNER_GAP
        return [-width / 2 + i * PARTNER_GAP for i in range(len(unit))]

    def place(g: int, wanted: list[float]) -> None:
        row = order[g]
        gaps = [0.0] + [
            (len(row[i - 1]) - 1) * PARTNER_GAP / 2 + (len(row[i]) - 1) * PARTNER_GAP / 2 + SLOT_GAP
            for i in range(1, len(row))
        ]
        for unit, centre in zip(row, _isotonic(wanted, gaps), strict=True):
            for pid, off in zip(unit, offsets_in(unit), strict=True):
                x[pid] = centre + off

    def centre_of(unit: list[str]) -> float:
        return sum(x[p] for p in unit) / len(unit)

    def source_x(source: str) -> float:
        if source in unions:
            return (x[unions[source].partner_a] + x[unions[source].partner_b]) / 2
        return x[source]

    for g in range(depth):
        place(g, [0.0] * len(order[g]))
    for _ in range(4):
        for g in range(1, depth):
            wanted = []
            for unit in order[g]:
                hung = [(source_x(hang[m][0]) - off) for m, off in zip(unit, offsets_in(unit), strict=True)
                        if m in hang and _source_person(hang[m][0], unions) in x]
                wanted.append(sum(hung) / len(hung) if hung else centre_of(unit))
            place(g, wanted)
        for g in range(depth - 2, -1, -1):
            wanted = []
            for unit in order[g]:
                pulls = []
                for source in _sources_of(unit, unions):
                    children = [c for c, (s, _) in hang.items() if s == source]
                    if children:
                        mid = (min(x[c] for c in children) + max(x[c] for c in children)) / 2
                        pulls.append(mid - (source_x(source) - centre_of(unit)))
                wanted.append(sum(pulls) / len(pulls) if pulls else centre_of(unit))
            place(g, wanted)
    for g in range(1, depth):
        wanted = []
        for unit in order[g]:
            hung = [(source_x(hang[m][0]) - off) for m, off in zip(unit, offsets_in(unit), strict=True)
                    if m in hang]
            wanted.append(sum(hung) / len(hung) if hung else centre_of(unit))
        place(g, wanted)

    left = min(x.values(), default=0.0) - MARGIN - SYMBOL
    boxes = {pid: PersonBox(pid, x[pid] - left, MARGIN + 30 + level[pid] * GENERATION_GAP, level[pid])
             for pid in people if pid in x}
    union_lines = _union_lines(genogram, boxes, unions)
    descents = _descents(genogram, boxes, union_lines, hang) + _care_lines(genogram, boxes, union_lines, hang)
    outlines = _households(genogram, boxes)
    width = max((b.x for b in boxes.values()), default=0.0) + MARGIN + SYMBOL
    height = max((b.y for b in boxes.values()), default=0.0) + SYMBOL / 2 + MARGIN + 20
    return Layout(boxes, union_lines, descents, outlines, width, height)


def _orient(row: list[list[str]], slot: dict[str, float], parents: dict[str, list[tuple[str, str, str]]],
            level: dict[str, int], g: int) -> bool:
    """Turn a couple round when each partner then stands nearer their own parents (the convention of male
    left gives way, so two families' lines do not cross)."""
    turned = False
    for unit in row:
        if len(unit) < 2:
            continue
        base = min(slot[m] for m in unit)

        def cost(order: list[str], base: float = base) -> float:
            total = 0.0
            for i, m in enumerate(order):
                above = [slot[p] for p, _, _ in parents.get(m, ()) if level.get(p) == g - 1]
                if above:
                    total += abs(base + i - sum(above) / len(above))
            return total

        flipped = list(reversed(unit))
        if cost(flipped) < cost(unit) - 0.5:
            unit.reverse()
            turned = True
    return turned


def _source_of_parents(parents: dict[str, list[tuple[str, str, str]]], child: str) -> str:
    return "|".join(sorted(p for p, _, _ in parents.get(child, ())))


def _source_person(source: str, unions: dict[str, Union]) -> str:
    return unions[source].partner_a if source in unions else source


def _sources_of(unit: list[str], unions: dict[str, Union]) -> list[str]:
    members = set(unit)
    return [u.id for u in unions.values() if u.partner_a in members and u.partner_b in members] + unit


def _union_lines(genogram: Genogram, boxes: dict[str, PersonBox], unions: dict[str, Union]) -> tuple[UnionLine, ...]:
    lines = []
    depth_of: dict[str, int] = defaultdict(int)  # how many couple lines already hang under a person
    for u in sorted(unions.values(), key=_union_key):
        a, b = boxes.get(u.partner_a), boxes.get(u.partner_b)
        if a is None or b is None:
            continue
        step = max(depth_of[a.id], depth_of[b.id])
        depth_of[a.id] = depth_of[b.id] = step + 1
        left, right = (a, b) if a.x <= b.x else (b, a)
        y = max(a.y, b.y) + SYMBOL / 2 + UNION_DROP + 10 * step
        lines.append(UnionLine(u.id, left.x, right.x, y, left.id, right.id))
    return tuple(lines)


def _descents(genogram: Genogram, boxes: dict[str, PersonBox], union_lines: tuple[UnionLine, ...],
              hang: dict[str, tuple[str, str]]) -> tuple[Descent, ...]:
    lines = {u.id: u for u in union_lines}
    twin_of: dict[str, str] = {}
    for group in genogram.sibling_groups:
        if group.multiple_birth != "none":
            for member in group.members:
                twin_of[member] = group.id
    by_source: dict[str, list[str]] = defaultdict(list)
    for child, (source, _) in hang.items():
        if child in boxes:
            by_source[source].append(child)
    out = []
    for source in sorted(by_source):
        children = sorted(by_source[source], key=lambda c: boxes[c].x)
        if source in lines:
            line = lines[source]
            drop_x, drop_y = (line.x1 + line.x2) / 2, line.y
        elif source in boxes:
            drop_x, drop_y = boxes[source].x, boxes[source].y + SYMBOL / 2
        else:
            continue
        top = min(boxes[c].y for c in children) - SYMBOL / 2
        bar_y = top - (GENERATION_GAP - SYMBOL - UNION_DROP - SIBLING_BAR) / 2 - 12
        bar_y = max(bar_y, drop_y + 16)
        groups: dict[str, list[str]] = defaultdict(list)
        for c in children:
            groups[twin_of.get(c, c)].append(c)
        child_lines = []
        for c in children:
            members = groups[twin_of.get(c, c)]
            from_x = sum(boxes[m].x for m in members) / len(members)
            child_lines.append(ChildLine(c, hang[c][1], from_x, boxes[c].x, boxes[c].y - SYMBOL / 2))
        out.append(Descent(source, drop_x, drop_y, bar_y, tuple(child_lines)))
    return _stagger(out)


def _stagger(descents: list[Descent]) -> tuple[Descent, ...]:
    """Bars of one row that would overlap sit at different heights, so two families' bars never merge."""
    out: list[Descent] = []
    taken: dict[float, list[tuple[float, float, int]]] = defaultdict(list)  # row -> (from, to, level)
    for d in sorted(descents, key=lambda d: (d.bar_y, min(c.from_x for c in d.children))):
        lo = min([d.drop_x, *(c.from_x for c in d.children)]) - 8
        hi = max([d.drop_x, *(c.from_x for c in d.children)]) + 8
        busy = {lvl for a, b, lvl in taken[d.bar_y] if a < hi and lo < b}
        lvl = next(i for i in range(len(busy) + 1) if i not in busy)
        taken[d.bar_y].append((lo, hi, lvl))
        out.append(Descent(d.source, d.drop_x, d.drop_y, d.bar_y - 12 * lvl, d.children))
    return tuple(sorted(out, key=lambda d: d.source))


def _care_lines(genogram: Genogram, boxes: dict[str, PersonBox], union_lines: tuple[UnionLine, ...],
                hang: dict[str, tuple[str, str]]) -> tuple[Descent, ...]:
    """Foster, adoptive and kinship carers other than the union a child hangs from: one line each, straight
    from the carers' couple line (or the carer) to the child."""
    lines = {u.id: u for u in union_lines}
    seen: set[tuple[str, str]] = set()
    out = []
    for link in genogram.parent_links:
        if link.type not in ("foster", "adoptive", "kinship_carer", "special_guardian") or link.child not in boxes:
            continue
        source = link.union_id if link.union_id in lines else link.parent
        if hang.get(link.child, ("", ""))[0] == source or (source, link.child) in seen:
            continue
        seen.add((source, link.child))
        if source in lines:
            drop_x, drop_y = (lines[source].x1 + lines[source].x2) / 2, lines[source].y
        elif source in boxes:
            drop_x, drop_y = boxes[source].x, boxes[source].y + SYMBOL / 2
        else:
            continue
        child = boxes[link.child]
        kind = "foster" if link.type in ("foster", "kinship_carer", "special_guardian") else "adoptive"
        out.append(Descent(source, drop_x, drop_y, drop_y,
                           (ChildLine(link.child, kind, drop_x, child.x, child.y - SYMBOL / 2),)))
    return tuple(out)


def _households(genogram: Genogram, boxes: dict[str, PersonBox]) -> tuple[HouseholdOutline, ...]:
    """One dashed box per run of neighbouring members in a row, so a boundary never takes in someone who does
    not live there; the runs of one household are then joined by a thin line in the drawing."""
    out = []
    rows: dict[float, list[PersonBox]] = defaultdict(list)
    for box in boxes.values():
        rows[box.y].append(box)
    for row in rows.values():
        row.sort(key=lambda b: b.x)
    current = [h for h in genogram.households if h.current]
    for i, household in enumerate(current):
        members = set(household.members)
        pad = 54.0 + 6.0 * i  # clear of the years written beside the symbols
        for y in sorted(rows):
            run: list[PersonBox] = []
            for here in [*rows[y], None]:
                if here is not None and here.id in members:
                    run.append(here)
                    continue
                if run:
                    lo, hi = run[0].x - pad, run[-1].x + pad
                    # From above the years to below the couple line and its label, so the box never cuts them.
                    top, bottom = y - SYMBOL / 2 - 26 - 4 * i, y + SYMBOL / 2 + UNION_DROP + 16 + 4 * i
                    out.append(HouseholdOutline(household.id, ((lo, top), (hi, top), (hi, bottom), (lo, bottom))))
                    run = []
    return tuple(out)
