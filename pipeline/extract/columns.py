"""Map the labels of a list's header to our fields, using the label table in reference/columns.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..text import fold

FIELDS = ("serial", "state", "district", "product", "sector", "category", "lgd")


def fold_label(label: str) -> str:
    """'Name of State/UT' -> 'name of state ut'; '#' is kept, as a serial column's label."""
    return fold(label, keep="#")


@lru_cache(maxsize=None)
def label_table() -> tuple[tuple[tuple[str, re.Pattern], ...], tuple[str, ...]]:
    text = resources.files("pipeline.reference").joinpath("columns.yaml").read_text()
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when installed
    patterns = tuple(
        (field, re.compile(pattern)) for field, items in data["fields"].items() for pattern in items
    )
    return patterns, tuple(data["required"])


@lru_cache(maxsize=4096)
def field_for(label: str) -> str | None:
    folded = fold_label(label)
    if not folded:
        return None
    for field, pattern in label_table()[0]:
        if pattern.search(folded):
            return field
    return None


def map_header(labels: list[str], optional: tuple[str, ...] = ()) -> list[str | None] | None:
    """Fields for each header label, or None unless every required field (less `optional`) is
    found exactly once."""
    fields = [field_for(label) for label in labels]
    found = [f for f in fields if f]
    if len(found) != len(set(found)):
        return None
    if not set(label_table()[1]) - set(optional) <= set(found):
        return None
    return fields


def missing_fields(labels: list[str]) -> list[str]:
    found = {field_for(label) for label in labels}
    return [f for f in label_table()[1] if f not in found]


@lru_cache(maxsize=4096)
def required_named(text: str) -> frozenset[str]:
    """The required fields that a line of text names: the quick test before mapping a header."""
    folded = fold_label(text)
    required = set(label_table()[1])
    return frozenset(field for field, pattern in label_table()[0] if field in required and pattern.search(folded))
