"""Argument map layout: rows by role, wrapped rows, no overlapping boxes."""

from __future__ import annotations

from essaylens.record import to_record
from essaylens.report.argmap import MAX_PER_ROW, NODE_H, NODE_W, build_map
from report.sample import build


def test_thesis_on_top_and_evidence_at_the_bottom() -> None:
    amap = build_map(to_record(build()))
    assert amap is not None
    y = {n.role: n.y for n in amap.nodes}
    assert y["thesis"] == y["judgement"] < y["argument"] == y["counterargument"]
    assert y["counterargument"] < y["rebuttal"] < y["evidence"]


def test_thirty_components_wrap_into_rows_without_overlap() -> None:
    amap = build_map(to_record(build(n_extra_components=12)))
    assert amap is not None and len(amap.nodes) >= 30
    rows: dict[float, int] = {}
    for n in amap.nodes:
        rows[n.y] = rows.get(n.y, 0) + 1
    assert max(rows.values()) <= MAX_PER_ROW
    boxes = [(n.x, n.y) for n in amap.nodes]
    for i, (x1, y1) in enumerate(boxes):
        for x2, y2 in boxes[i + 1:]:
            assert abs(x1 - x2) >= NODE_W or abs(y1 - y2) >= NODE_H
    assert all(n.x >= 0 and n.x + NODE_W <= amap.width for n in amap.nodes)


def test_outline_lists_every_component_once() -> None:
    amap = build_map(to_record(build()))
    assert amap is not None
    seen: list[str] = []

    def walk(items: list[dict]) -> None:  # type: ignore[type-arg]
        for it in items:
            seen.append(it["id"])
            walk(it["children"])

    walk(amap.outline)
    assert sorted(seen) == sorted(n.id for n in amap.nodes)


def test_no_components_no_map() -> None:
    assert build_map(to_record(build(full=False))) is None


def test_evidence_sits_in_the_column_of_the_argument_it_supports() -> None:
    amap = build_map(to_record(build(n_extra_components=12)))
    assert amap is not None
    x = {n.id: n.x for n in amap.nodes}
    near = [abs(x[f"x{i}b"] - x[f"x{i}a"]) <= NODE_W for i in range(12)]
    assert sum(near) >= 10, near
