"""Diff: what changed between two releases.

Districts are matched by LGD code (by canonical name where a district is unresolved), products
by `product_key` within a district; a product whose name changed only a little in the same
district is a rename, with its similarity, not a removal and an addition.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pandas as pd
from rapidfuzz import fuzz

from .gazetteer import name_key
from .validate import district_ids

RENAME_MIN_SIMILARITY = 80.0  # token-sort similarity (0..100) for a product rename
CHANGE_COLUMNS = ["change", "state", "state_lgd", "district_old", "district_new", "district_lgd", "product_old", "product_new", "similarity"]


@dataclass
class Side:
    id: str
    products: int
    districts: int
    stated_products: int | None = None
    stated_districts: int | None = None
    findings: list[dict] = field(default_factory=list)  # its quality report's findings (doubts and notes)


@dataclass
class Diff:
    old: Side
    new: Side
    by_state: pd.DataFrame  # state, districts_old/new/change, products_old/new/change
    changes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CHANGE_COLUMNS))

    def count(self, change: str) -> int:
        return int((self.changes["change"] == change).sum())

    @property
    def empty(self) -> bool:
        return self.changes.empty

    def one_line(self) -> str:
        counts = ", ".join(_counted(self.count(c), c) for _, c in SECTIONS if self.count(c))
        return (
            f"{self.old.id} -> {self.new.id}: products {self.old.products} -> {self.new.products}, "
            f"districts {self.old.districts} -> {self.new.districts}; {counts or 'no changes'}"
        )


def _counted(count: int, change: str) -> str:
    """(29, 'district added') -> '29 districts added'."""
    noun, verb = change.split(" ", 1)
    return f"{count} {noun}{'' if count == 1 else 's'} {verb}"


def _with_ids(rows: pd.DataFrame) -> pd.DataFrame:
    rows = rows.copy()
    rows["district_id"] = district_ids(rows)
    rows["state_label"] = rows["state_name"].where(rows["state_name"].fillna("") != "", rows["state"])
    return rows


def _side(label: str, rows: pd.DataFrame, meta: dict) -> Side:
    stated = meta.get("stated_totals") or {}
    return Side(label, len(rows), int(rows["district_id"].nunique()), stated.get("products"), stated.get("districts"),
                (meta.get("quality") or {}).get("findings", []))


def compare(old: pd.DataFrame, new: pd.DataFrame, old_meta: dict | None = None, new_meta: dict | None = None,
            old_id: str = "old", new_id: str = "new") -> Diff:
    old, new = _with_ids(old), _with_ids(new)
    by_state = _by_state(old, new)
    changes = _district_changes(old, new) + _product_changes(old, new)
    frame = pd.DataFrame(changes, columns=CHANGE_COLUMNS)
    frame["state_lgd"] = frame["state_lgd"].astype("Int32")
    frame["district_lgd"] = frame["district_lgd"].astype("Int32")
    frame["similarity"] = frame["similarity"].astype("Float64")
    frame = frame.sort_values(["state", "change", "district_new", "district_old"], na_position="first", kind="stable", ignore_index=True)
    return Diff(_side(old_id, old, old_meta or {}), _side(new_id, new, new_meta or {}), by_state, frame)


def _by_state(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    def counts(rows):
        return rows.groupby("state_label").agg(districts=("district_id", "nunique"), products=("product", "size"))

    table = counts(old).add_suffix("_old").join(counts(new).add_suffix("_new"), how="outer").fillna(0).astype(int)
    table["districts_change"] = table["districts_new"] - table["districts_old"]
    table["products_change"] = table["products_new"] - table["products_old"]
    table = table.reset_index().rename(columns={"state_label": "state"})
    return table[["state", "districts_old", "districts_new", "districts_change", "products_old", "products_new", "products_change"]]


def _district_names(rows: pd.DataFrame) -> pd.DataFrame:
    """Per district id: its state, code and most printed name."""
    return rows.groupby("district_id").agg(
        state=("state_label", "first"), state_lgd=("state_lgd", "first"), district_lgd=("district_lgd", "first"),
        district=("district", lambda s: s.mode().iloc[0]),
    )


def _district_changes(old: pd.DataFrame, new: pd.DataFrame) -> list[dict]:
    a, b = _district_names(old), _district_names(new)
    out = []
    for did in a.index.difference(b.index):
        r = a.loc[did]
        out.append(dict(change="district removed", state=r.state, state_lgd=r.state_lgd, district_old=r.district, district_lgd=r.district_lgd))
    for did in b.index.difference(a.index):
        r = b.loc[did]
        out.append(dict(change="district added", state=r.state, state_lgd=r.state_lgd, district_new=r.district, district_lgd=r.district_lgd))
    for did in a.index.intersection(b.index):
        if name_key(a.loc[did, "district"]) != name_key(b.loc[did, "district"]):  # not just case or punctuation
            r = b.loc[did]
            out.append(dict(change="district renamed", state=r.state, state_lgd=r.state_lgd, district_old=a.loc[did, "district"],
                            district_new=r.district, district_lgd=r.district_lgd,
                            similarity=round(fuzz.token_sort_ratio(a.loc[did, "district"], r.district), 1)))
    return out


def _product_changes(old: pd.DataFrame, new: pd.DataFrame) -> list[dict]:
    out = []
    old_groups = dict(tuple(old.groupby("district_id")))
    new_groups = dict(tuple(new.groupby("district_id")))
    for did in sorted(set(old_groups) | set(new_groups)):
        a = old_groups.get(did, old.iloc[0:0])
        b = new_groups.get(did, new.iloc[0:0])
        removed = _unmatched(a, b)
        added = _unmatched(b, a)
        place = (b if len(b) else a).iloc[0]
        base = dict(state=place.state_label, state_lgd=place.state_lgd, district_lgd=place.district_lgd)
        pairs = []
        if len(a) and len(b):  # renames only within a district present on both sides
            scored = sorted(
                ((fuzz.token_sort_ratio(r.product_key, s.product_key), i, j) for i, r in enumerate(removed) for j, s in enumerate(added)),
                reverse=True,
            )
            used_r, used_a = set(), set()
            for score, i, j in scored:
                if score >= RENAME_MIN_SIMILARITY and i not in used_r and j not in used_a:
                    used_r.add(i), used_a.add(j)
                    pairs.append((i, j, score))
            for i, j, score in pairs:
                out.append(dict(base, change="product renamed", district_old=removed[i].district, district_new=added[j].district,
                                product_old=removed[i].product, product_new=added[j].product, similarity=round(score, 1)))
        paired_r = {i for i, _, _ in pairs}
        paired_a = {j for _, j, _ in pairs}
        out += [dict(base, change="product removed", district_old=r.district, product_old=r.product) for i, r in enumerate(removed) if i not in paired_r]
        out += [dict(base, change="product added", district_new=s.district, product_new=s.product) for j, s in enumerate(added) if j not in paired_a]
    return out


def _unmatched(rows: pd.DataFrame, other: pd.DataFrame) -> list:
    """Rows of one side whose product_key the other side does not have (as a multiset)."""
    remaining = other["product_key"].value_counts().to_dict()
    out = []
    for r in rows.itertuples():
        if remaining.get(r.product_key, 0) > 0:
            remaining[r.product_key] -= 1
        else:
            out.append(r)
    return out


# --- output ------------------------------------------------------------------------------------

SECTIONS = [
    ("Districts added", "district added"), ("Districts removed", "district removed"), ("Districts renamed", "district renamed"),
    ("Products added", "product added"), ("Products removed", "product removed"), ("Products renamed", "product renamed"),
]


def _headline_rows(diff: Diff) -> list[list[str]]:
    def stated(side, what):
        value = getattr(side, f"stated_{what}")
        return "" if value is None else f" (stated {value})"

    return [
        ["products", f"{diff.old.products}{stated(diff.old, 'products')}", f"{diff.new.products}{stated(diff.new, 'products')}", f"{diff.new.products - diff.old.products:+d}"],
        ["districts", f"{diff.old.districts}{stated(diff.old, 'districts')}", f"{diff.new.districts}{stated(diff.new, 'districts')}", f"{diff.new.districts - diff.old.districts:+d}"],
    ]


def _change_text(r) -> str:
    if r.change.startswith("district"):
        if r.change == "district renamed":
            return f"{r.district_old} -> {r.district_new} (LGD {r.district_lgd}, similarity {r.similarity})"
        return str(r.district_new if r.change == "district added" else r.district_old)
    district = r.district_new if isinstance(r.district_new, str) else r.district_old
    if r.change == "product renamed":
        return f"{district}: {r.product_old} -> {r.product_new} (similarity {r.similarity})"
    return f"{district}: {r.product_new if r.change == 'product added' else r.product_old}"


def to_markdown(diff: Diff) -> str:
    lines = [f"# {diff.old.id} -> {diff.new.id}", "", "| | old | new | change |", "|---|---:|---:|---:|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in _headline_rows(diff)]
    lines += ["", "## By state", "", "| state | districts old | districts new | change | products old | products new | change |", "|---|---:|---:|---:|---:|---:|---:|"]
    for r in diff.by_state.itertuples(index=False):
        lines.append(f"| {r.state} | {r.districts_old} | {r.districts_new} | {r.districts_change:+d} | {r.products_old} | {r.products_new} | {r.products_change:+d} |")
    for title, change in SECTIONS:
        part = diff.changes[diff.changes["change"] == change]
        lines += ["", f"## {title} ({len(part)})"]
        for state, group in part.groupby("state", sort=True):
            lines += ["", f"**{state}**", ""] + [f"- {_change_text(r)}" for r in group.itertuples(index=False)]
    return "\n".join(lines) + "\n"


def to_json(diff: Diff) -> str:
    def side(s: Side):
        return s.__dict__

    changes = diff.changes.astype(object).where(diff.changes.notna(), None)
    return json.dumps(
        {"old": side(diff.old), "new": side(diff.new), "by_state": diff.by_state.to_dict("records"),
         "changes": changes.to_dict("records")}, indent=2, default=int,
    ) + "\n"


def print_table(diff: Diff, console) -> None:
    from rich.table import Table

    head = Table(title=f"{diff.old.id} -> {diff.new.id}")
    for name in ("", "old", "new", "change"):
        head.add_column(name, justify="right" if name else "left")
    for row in _headline_rows(diff):
        head.add_row(*row)
    console.print(head)
    states = Table(title="By state")
    for name in diff.by_state.columns:
        # a state's name is never cut; on a narrow screen the number columns' headers wrap instead
        states.add_column(name.replace("_", " "), justify="left" if name == "state" else "right", no_wrap=name == "state")
    for r in diff.by_state.itertuples(index=False):
        states.add_row(r.state, *(f"{v:+d}" if "change" in n else str(v) for n, v in zip(diff.by_state.columns[1:], r[1:])))
    console.print(states)
    for title, change in SECTIONS:
        part = diff.changes[diff.changes["change"] == change]
        console.print(f"\n[bold]{title} ({len(part)})[/bold]")
        for state, group in part.groupby("state", sort=True):
            console.print(f"  {state}")
            for r in group.itertuples(index=False):
                console.print(f"    {_change_text(r)}", markup=False, highlight=False)


def to_html(diff: Diff) -> str:
    """One self-contained page (no script, no font, nothing fetched): headline counts, a chart of
    product changes per state (inline SVG), and the tables of changes."""
    from html import escape

    def table(header: list[str], rows: list[list], numeric_from: int = 1) -> str:
        head = "".join(f"<th>{escape(h)}</th>" for h in header)
        body = "".join("<tr>" + "".join(f"<td{' class=n' if i >= numeric_from else ''}>{escape(str(v))}</td>" for i, v in enumerate(r))
                       + "</tr>" for r in rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    by_state = diff.by_state.itertuples(index=False)
    states = [[r.state, r.districts_old, r.districts_new, f"{r.districts_change:+d}", r.products_old, r.products_new,
               f"{r.products_change:+d}"] for r in by_state]
    sections = []
    for title, change in SECTIONS:
        part = diff.changes[diff.changes["change"] == change]
        rows = [[r.state, _change_text(r)] for r in part.itertuples(index=False)]
        sections.append(f"<details{' open' if 0 < len(part) <= 60 else ''}><summary><h2>{escape(title)} ({len(part)})</h2></summary>"
                        f"{table(['state', 'change'], rows, numeric_from=2) if rows else '<p>none</p>'}</details>")
    title = f"{diff.old.id} → {diff.new.id}"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }}
table {{ border-collapse: collapse; margin: 1rem 0; }} th, td {{ padding: .2rem .6rem; border-bottom: 1px solid #ddd; text-align: left; }}
td.n {{ text-align: right; font-variant-numeric: tabular-nums; }} summary h2 {{ display: inline; font-size: 1.2rem; }}
details {{ margin: 1rem 0; }} .chart text {{ font-size: 11px; }} .up {{ fill: #2e7d32; }} .down {{ fill: #c62828; }}
</style></head><body>
<h1>{escape(title)}</h1>
{table(["", "old", "new", "change"], _headline_rows(diff))}
<h2>Change in products per state</h2>
{_chart(diff.by_state)}
<h2>By state</h2>
{table(["state", "districts old", "districts new", "change", "products old", "products new", "change"], states)}
{_review_html(diff.new)}
{"".join(sections)}
<p><small>Made by odop-pipeline: districts matched by LGD code, products by their folded names within a district.</small></p>
</body></html>
"""


def _review_html(side: Side, first: int = 5) -> str:
    """What the new release's quality report doubts and notes: counts and the first few doubts."""
    from html import escape

    doubts = [f for f in side.findings if f["kind"] == "doubt"]
    notes = sum(f["kind"] == "note" for f in side.findings)
    items = "".join(f"<li>{escape(f['check'])}: {escape(f['detail'])}</li>" for f in doubts[:first])
    verdict = f"{len(doubts)} doubt(s): rows that may be misread" if doubts else "no doubts"
    return (f"<h2>Review of {escape(side.id)}</h2><p>{verdict}; {notes} note(s) of what the publisher printed "
            f"(see the snapshot's review column and _snapshot.json).</p>" + (f"<ul>{items}</ul>" if items else ""))


def _chart(by_state: pd.DataFrame) -> str:
    """A bar per state, right for products added, left for removed, drawn as inline SVG."""
    from html import escape

    rows = by_state.sort_values("products_change", kind="stable")
    width, label, bar_h = 820, 300, 16
    gained, lost = max(0, int(rows["products_change"].max())), max(0, -int(rows["products_change"].min()))
    scale = (width - label - 80) / max(1, gained + lost)  # the axis sits where the losses end
    zero = label + 40 + lost * scale
    parts = []
    for i, r in enumerate(rows.itertuples(index=False)):
        y, v = i * (bar_h + 4) + 4, int(r.products_change)
        x, w = (zero, v * scale) if v >= 0 else (zero + v * scale, -v * scale)
        parts.append(f'<text x="{label - 6}" y="{y + 12}" text-anchor="end">{escape(str(r.state))}</text>'
                     f'<rect class="{"up" if v >= 0 else "down"}" x="{x:.1f}" y="{y}" width="{max(w, 1):.1f}" height="{bar_h}"/>'
                     f'<text x="{(x + w + 4) if v >= 0 else (x - 4):.1f}" y="{y + 12}" text-anchor="{"start" if v >= 0 else "end"}">{v:+d}</text>')
    height = len(rows) * (bar_h + 4) + 8
    return (f'<svg class="chart" role="img" aria-label="change in products per state" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
            f'<line x1="{zero}" y1="0" x2="{zero}" y2="{height}" stroke="#888"/>{"".join(parts)}</svg>')
