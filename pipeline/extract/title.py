"""The state that a title or heading names: a list printed for one state says so above its table
("One District One Product: Uttar Pradesh"), or heads each state's table with its name."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from ..text import fold


@lru_cache(maxsize=None)
def _spellings() -> dict[str, str]:
    """Each state's folded name and longer aliases -> the state's name (short forms such as "UP"
    are words of ordinary titles too)."""
    reference = resources.files("pipeline.reference")
    with reference.joinpath("states.csv").open(encoding="utf-8") as f:
        names = {row["state_lgd"]: row["state_name"] for row in csv.DictReader(f)}
    spellings = {fold(name): name for name in names.values()}
    with reference.joinpath("aliases.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["kind"] == "state" and len(fold(row["alias"]).replace(" ", "")) > 3 and row["lgd"] in names:
                spellings.setdefault(fold(row["alias"]), names[row["lgd"]])
    return spellings


@lru_cache(maxsize=None)
def _state_names() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern of a folded name, the state's name), longest first."""
    ordered = sorted(_spellings().items(), key=lambda item: -len(item[0]))
    return tuple((re.compile(rf"\b{re.escape(folded)}\b"), name) for folded, name in ordered)


def state_named(text: str) -> str | None:
    """The one state that `text` names, or None when it names none or several."""
    folded, named = fold(text), set()
    for pattern, name in _state_names():
        folded, found = pattern.subn(" ", folded)
        if found:
            named.add(name)
    return named.pop() if len(named) == 1 else None


def is_state_name(text: str) -> bool:
    """Whether `text` is a state's name and nothing else ("Kerala")."""
    return fold(text) in _spellings()


def begins_state_name(text: str) -> bool:
    """Whether `text`, of two words or more, is a state's name or its first words ("Dadra and
    Nagar" of a name wrapped in its cell)."""
    folded = fold(text)
    return " " in folded and (folded in _spellings() or any(name.startswith(folded + " ") for name in _spellings()))
