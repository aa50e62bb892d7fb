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


WIDE = "product:"  # the field of a wide list's product column: "product:Primary", by its label


def product_fields(fields) -> list[str]:
    """The product fields among `fields`: "product", or a wide list's "product:LABEL"s."""
    return [f for f in fields if f and (f == "product" or f.startswith(WIDE))]


def fields_given(fields) -> set[str]:
    """The fields a header's columns give, a wide list's product columns as the product's."""
    return {"product" if f.startswith(WIDE) else f for f in fields if f}


def category_of(field: str) -> str | None:
    """A wide list's product column gives its rows the category of its label."""
    return field[len(WIDE):] if field.startswith(WIDE) else None


@lru_cache(maxsize=None)
def label_table() -> tuple[tuple[tuple[str, re.Pattern], ...], tuple[str, ...], tuple[re.Pattern, ...], frozenset[str]]:
    """(field, pattern) pairs in order (the columns read, then those not read), the required
    fields, the labels of a wide list's product columns, and the fields not read."""
    text = resources.files("pipeline.reference").joinpath("columns.yaml").read_text()
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when installed
    patterns = tuple(
        (field, re.compile(pattern)) for field, items in [*data["fields"].items(), *data["unread"].items()] for pattern in items
    )
    return patterns, tuple(data["required"]), tuple(map(re.compile, data["wide"])), frozenset(data["unread"])


@lru_cache(maxsize=4096)
def field_for(label: str) -> str | None:
    folded = fold_label(label)
    if not folded:
        return None
    for field, pattern in label_table()[0]:
        if pattern.search(folded):
            return field
    return "product" if _names_a_category(folded) else None


def _names_a_category(folded: str) -> bool:
    return any(p.search(folded) for p in label_table()[2])


def read_header(labels: list[str]) -> tuple[list[str | None], list[str]]:
    """Fields for each label, and what stands in the way of reading the table ("no column for
    state", "two columns for district: ..."). Several columns for one field: in a wide list each
    product column labelled as a category gives products of its own; otherwise the column
    labelled by the field's word alone wins ("State" over "State name"), and an optional field
    that cannot be told apart is left out."""
    fields = [field_for(label) for label in labels]
    problems = []
    for field in dict.fromkeys(f for f in fields if f):
        at = [i for i, f in enumerate(fields) if f == field]
        if len(at) == 1:
            continue
        folded = [fold_label(labels[i]) for i in at]
        if field == "product" and all(map(_names_a_category, folded)):
            for i in at:
                fields[i] = WIDE + " ".join(labels[i].split())
            continue
        plain = [i for i, f in zip(at, folded) if f in (field, field + "s")]
        for i in at:
            fields[i] = field if plain == [i] else None
        if len(plain) != 1 and field in label_table()[1]:
            problems.append(f"{len(at)} columns for {field}: " + ", ".join(repr(labels[i]) for i in at))
    found = fields_given(fields)
    missing = [f for f in label_table()[1] if f not in found and not any(f in p for p in problems)]
    return fields, problems + ([f"no column for {', '.join(missing)}"] if missing else [])


def map_header(labels: list[str], optional: tuple[str, ...] = ()) -> list[str | None] | None:
    """Fields for each header label, or None unless every required field (less `optional`) has
    its column, and no required field has two that cannot be told apart."""
    fields, problems = read_header(labels)
    if any(not p.startswith("no column") for p in problems):
        return None
    found = fields_given(fields)
    return fields if set(label_table()[1]) - set(optional) <= found else None


@lru_cache(maxsize=4096)
def required_named(text: str) -> frozenset[str]:
    """The required fields that a line of text names: the quick test before mapping a header."""
    folded = fold_label(text)
    required = set(label_table()[1])
    return frozenset(field for field, pattern in label_table()[0] if field in required and pattern.search(folded))
