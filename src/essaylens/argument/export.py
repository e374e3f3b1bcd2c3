"""The argument as a graph (validated as a forest) and its exports: AIF JSON (I-nodes
for components, RA nodes for support, CA nodes for attack) and Argdown text."""

from __future__ import annotations

import json
import re
from typing import Any

from essaylens.document import Document


class GraphError(ValueError):
    """The argument relations do not form a forest (a bug in decoding)."""


def argument_graph(doc: Document) -> Any:
    """A networkx DiGraph: component ids as nodes, edges child -> parent (support/attack).

    Raises :class:`GraphError` unless every node has at most one parent and no cycle exists.
    """
    import networkx as nx

    graph = nx.DiGraph()
    layer = doc.spans.get("components")
    for span in layer or ():
        graph.add_node(span.id, **dict(span.attrs), start=span.start, end=span.end)
    for rel in doc.relations.get("relations") or ():
        if graph.has_edge(rel.source, rel.target):
            continue
        graph.add_edge(rel.source, rel.target, type=rel.label, **dict(rel.attrs))
    bad = [n for n in graph if graph.out_degree(n) > 1]
    if bad:
        raise GraphError(f"components with more than one target: {bad}")
    if graph.number_of_nodes() and not nx.is_forest(graph):
        raise GraphError("argument relations contain a cycle")
    return graph


def to_aif(doc: Document) -> dict[str, Any]:
    graph = argument_graph(doc)
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    for node, data in graph.nodes(data=True):
        nodes.append({"nodeID": node, "text": data.get("text", ""), "type": "I",
                      "essaylens": {"type": data.get("type"), "role": data.get("role"),
                                    "stance": data.get("stance"), "start": data.get("start"),
                                    "end": data.get("end")}})
    for k, (src, tgt, data) in enumerate(graph.edges(data=True), start=1):
        attack = data.get("type") == "attack"
        sid = f"{'ca' if attack else 'ra'}{k}"
        nodes.append({"nodeID": sid, "text": "Default Conflict" if attack else
                      "Default Inference", "type": "CA" if attack else "RA"})
        edges.append({"edgeID": f"e{2 * k - 1}", "fromID": src, "toID": sid})
        edges.append({"edgeID": f"e{2 * k}", "fromID": sid, "toID": tgt})
    return {"nodes": nodes, "edges": edges, "locutions": []}


def _argdown_text(text: str) -> str:
    # Brackets and angle brackets open titles in Argdown; keep the prose inert.
    text = re.sub(r"\s+", " ", text).strip()
    return text.replace("[", "(").replace("]", ")").replace("<", "‹").replace(">", "›")


def to_argdown(doc: Document) -> str:
    graph = argument_graph(doc)
    # The title sits in the YAML front matter, JSON-quoted (valid YAML); Argdown syntax
    # does not apply there, so it keeps its own characters.
    title = " ".join((doc.info.title or "Essay").split())
    lines = ["===", f"title: {json.dumps(title)}", "===", ""]

    def emit(node: str, depth: int, sign: str) -> None:
        data = graph.nodes[node]
        label = f"{data.get('role') or data.get('type')} {node}"
        prefix = "    " * depth + (f"{sign} " if sign else "")
        lines.append(f"{prefix}[{label}]: {_argdown_text(data.get('text', ''))}")
        for child in sorted(graph.predecessors(node), key=lambda n: graph.nodes[n]["start"]):
            edge = graph.edges[child, node]
            emit(child, depth + 1, "<-" if edge.get("type") == "attack" else "<+")

    roots = sorted((n for n in graph if graph.out_degree(n) == 0),
                   key=lambda n: graph.nodes[n]["start"])
    for root in roots:
        emit(root, 0, "")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_export(doc: Document, fmt: str) -> str:
    """``aif`` (JSON text) or ``argdown``."""
    if fmt == "aif":
        return json.dumps(to_aif(doc), ensure_ascii=False, indent=2) + "\n"
    if fmt == "argdown":
        return to_argdown(doc)
    raise ValueError(f"unknown argument export format {fmt!r}")
