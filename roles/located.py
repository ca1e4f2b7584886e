"""YAML read into plain values that remember the line each one came from.

PyYAML's composed nodes carry marks; keeping them lets every schema problem name the
exact line a trainer has to edit.
"""

from __future__ import annotations

from typing import Any

import yaml


class LocDict(dict):
    """A YAML mapping; ``line`` is where it starts, ``key_lines`` where each key is."""

    line: int
    key_lines: dict[str, int]
    scalars: dict[str, str]  # each scalar value as written, before YAML typed it

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocList(list):
    """A YAML sequence; ``item_lines`` holds the line of each item."""

    line: int
    item_lines: list[int]


_scalars = yaml.SafeLoader("")


def _convert(node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        out = LocDict()
        out.line = node.start_mark.line + 1
        out.key_lines, out.scalars = {}, {}
        for key_node, value_node in node.value:
            # Keys are names, never values: YAML 1.1 would otherwise read `on:` as True.
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(
                _convert(key_node))
            out[key] = _convert(value_node)
            out.key_lines[key] = key_node.start_mark.line + 1
            if isinstance(value_node, yaml.ScalarNode):
                out.scalars[key] = value_node.value
        return out
    if isinstance(node, yaml.SequenceNode):
        items = LocList(_convert(item) for item in node.value)
        items.line = node.start_mark.line + 1
        items.item_lines = [item.start_mark.line + 1 for item in node.value]
        return items
    return _scalars.construct_object(node, deep=True)


def start_line(value: Any, default: int) -> int:
    """The line a located value starts on, or ``default`` for a bare scalar."""
    return getattr(value, "line", default)


def load_located(text: str) -> Any:
    """Parse one YAML document; raises ``yaml.YAMLError`` with its own marks."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    return None if node is None else _convert(node)
