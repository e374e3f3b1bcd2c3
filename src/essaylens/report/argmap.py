"""The argument map: networkx lays the components out in rows by role (thesis and
judgement on top, arguments and counterarguments below, rebuttals, then evidence
as leaves); the SVG is written by a Jinja template, so every text is escaped.

Rows longer than :data:`MAX_PER_ROW` wrap (column-major) onto extra rows so a 30+ component
essay stays readable on a page; within a row nodes are ordered by the mean
position of what they point at (one barycentre pass), which keeps crossings low.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any

#: Row of each role (lower is higher on the page).
ROLE_ROW = {"thesis": 0, "judgement": 0, "argument": 1, "counterargument": 1,
            "rebuttal": 2, "evidence": 3}
TYPE_ROW = {"MajorClaim": 0, "Claim": 1, "Premise": 3}
MAX_PER_ROW = 5
NODE_W, NODE_H = 176, 70
GAP_X, GAP_Y = 22, 58
PAD = 16


@dataclass
class Node:
    id: str
    role: str
    text: str
    lines: list[str]
    confidence: float | None
    x: float = 0.0
    y: float = 0.0


@dataclass
class Edge:
    source: str
    target: str
    type: str
    path: str = ""


@dataclass
class ArgumentMap:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    width: int = 0
    height: int = 0
    outline: list[dict[str, Any]] = field(default_factory=list)


def role_of(component: dict[str, Any]) -> str:
    role = component.get("role")
    if role:
        return str(role)
    return {"MajorClaim": "thesis", "Claim": "argument", "Premise": "evidence"}.get(
        str(component.get("type")), "argument")


def build_map(record: dict[str, Any]) -> ArgumentMap | None:
    """Lay out the record's components and relations; ``None`` when there are none."""
    import networkx as nx

    components = [c for c in record.get("components", []) if c.get("id")]
    if not components:
        return None
    text = record.get("text", "")
    graph = nx.DiGraph()
    for c in components:
        role = role_of(c)
        row = ROLE_ROW.get(role, TYPE_ROW.get(str(c.get("type")), 1))
        body = c.get("text") or text[c["start"]:c["end"]]
        graph.add_node(c["id"], row=row, role=role, text=" ".join(str(body).split()),
                       confidence=c.get("confidence"))
    for r in record.get("relations", []):
        if r.get("source") in graph and r.get("target") in graph:
            graph.add_edge(r["source"], r["target"], type=str(r.get("type", "support")))

    # order rows: the top row in text order, each lower row by the barycentre of its targets
    order: dict[str, float] = {}
    rows: dict[int, list[str]] = {}
    for node, data in graph.nodes(data=True):
        rows.setdefault(data["row"], []).append(node)
    layers: dict[tuple[int, int], list[str]] = {}
    for row in sorted(rows):
        members = rows[row]
        first = {n: i for i, n in enumerate(members)}

        def centre(n: str, first: dict[str, int] = first) -> tuple[float, int]:
            near = [order[t] for t in graph.successors(n) if t in order]
            near += [order[s] for s in graph.predecessors(n) if s in order]
            return (sum(near) / len(near) if near else 1e6, first[n])

        members.sort(key=centre)
        # wrap column-major: neighbours in barycentre order stack in the same column
        # region, so children stay under their parents across the wrapped rows
        n_sub = -(-len(members) // MAX_PER_ROW)
        for sub in range(n_sub):
            part = members[sub::n_sub]
            layers[(row, sub)] = part
            for i, n in enumerate(part):
                order[n] = i - (len(part) - 1) / 2
    for key, part in layers.items():
        for n in part:
            graph.nodes[n]["layer"] = key
    # layers passed as {layer: [nodes in order]}: grouping by a node attribute goes
    # through sets and would lose the barycentre order
    pos = nx.multipartite_layout(graph, subset_key=dict(sorted(layers.items())),
                                 align="horizontal")
    return _place(graph, layers, pos)


def _place(graph: Any, layers: dict[tuple[int, int], list[str]],
           pos: dict[str, Any]) -> ArgumentMap:
    """Scale networkx's unit layout to pixels: rows top-down, columns at node pitch."""
    xs = sorted({round(float(p[0]), 9) for p in pos.values()})
    ys = sorted({round(float(p[1]), 9) for p in pos.values()})
    # networkx spaces neighbours in a layer one unit apart (rescaled): that unit is a pitch
    steps = [abs(float(pos[b][0]) - float(pos[a][0]))
             for part in layers.values() for a, b in zip(part, part[1:], strict=False)]
    unit = min(steps) if steps else 1.0
    pitch_x, pitch_y = NODE_W + GAP_X, NODE_H + GAP_Y
    min_x = xs[0]
    amap = ArgumentMap()
    placed: dict[str, Node] = {}
    for key in sorted(layers):
        for n in layers[key]:
            data = graph.nodes[n]
            px, py = float(pos[n][0]), float(pos[n][1])
            node = Node(id=n, role=data["role"], text=data["text"],
                        lines=_wrap(data["text"]), confidence=data["confidence"],
                        x=PAD + (px - min_x) / unit * pitch_x,
                        y=PAD + 18 + ys.index(round(py, 9)) * pitch_y)
            placed[n] = node
            amap.nodes.append(node)
    amap.width = int(2 * PAD + (xs[-1] - min_x) / unit * pitch_x + NODE_W)
    amap.height = int(2 * PAD + 18 + len(ys) * pitch_y - GAP_Y)
    for s, t, data in graph.edges(data=True):
        amap.edges.append(Edge(s, t, data["type"], _path(placed[s], placed[t])))
    amap.outline = _outline(graph)
    return amap


def _wrap(text: str) -> list[str]:
    lines = textwrap.wrap(text, width=25)[:3]
    if len(textwrap.wrap(text, width=25)) > 3:
        lines[-1] = lines[-1][:23].rstrip() + "…"
    return lines


def _path(src: Node, dst: Node) -> str:
    """A curve from the source box to the target box (above, below or same row)."""
    sx, dx = src.x + NODE_W / 2, dst.x + NODE_W / 2
    if abs(src.y - dst.y) < 1:  # same row: arc over the top
        y = src.y
        lift = y - 34
        return f"M{sx:.1f},{y:.1f} C{sx:.1f},{lift:.1f} {dx:.1f},{lift:.1f} {dx:.1f},{y - 2:.1f}"
    if src.y > dst.y:
        sy, dy = src.y, dst.y + NODE_H + 2
    else:
        sy, dy = src.y + NODE_H, dst.y - 2
    mid = (sy + dy) / 2
    return f"M{sx:.1f},{sy:.1f} C{sx:.1f},{mid:.1f} {dx:.1f},{mid:.1f} {dx:.1f},{dy:.1f}"


def _outline(graph: Any) -> list[dict[str, Any]]:
    """The map as a nested list (for screen readers, print and no-SVG readers):
    each top node with what supports or attacks it, recursively, each node once."""
    seen: set[str] = set()

    def item(n: str, via: str | None) -> dict[str, Any]:
        seen.add(n)
        data = graph.nodes[n]
        children = [item(s, graph.edges[s, n]["type"]) for s in graph.predecessors(n)
                    if s not in seen]
        return {"id": n, "role": data["role"], "text": data["text"], "via": via,
                "children": children}

    roots = [n for n in graph.nodes if graph.out_degree(n) == 0]
    roots.sort(key=lambda n: graph.nodes[n]["row"])
    out = [item(n, None) for n in roots if n not in seen]
    out += [item(n, None) for n in graph.nodes if n not in seen]
    return out
