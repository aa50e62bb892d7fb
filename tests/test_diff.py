"""The release diff: counts checked against the snapshots independently, and each kind of change."""

import pandas as pd

from pipeline import normalise
from pipeline.diff import compare, to_json, to_markdown
from pipeline.extract import ROW_COLUMNS
from pipeline.snapshot import find


def test_archived_releases_headline_and_states(archived_snapshots):
    old, new = find(archived_snapshots, "odop-2022-01"), find(archived_snapshots, "datagovin-odop")
    a, b = old.read(), new.read()
    diff = compare(a, b, old.meta, new.meta, old.id, new.id)
    assert (diff.old.products, diff.new.products) == (790, 1241)
    # districts counted independently: LGD code where resolved, else the printed pair
    def districts(frame):
        return len(set(frame["district_lgd"].dropna()) | {(s, d) for s, d, c in zip(frame["state"], frame["district"], frame["district_lgd"]) if pd.isna(c)})
    assert (diff.old.districts, diff.new.districts) == (districts(a), districts(b))
    table = diff.by_state.set_index("state")
    assert table["products_old"].sum() == 790 and table["products_new"].sum() == 1241
    for state, group in b.groupby("state_name"):
        assert table.loc[state, "products_new"] == len(group)
    assert tuple(table.loc["Andhra Pradesh", ["products_old", "products_new", "products_change"]]) == (
        (a["state_name"] == "Andhra Pradesh").sum(), (b["state_name"] == "Andhra Pradesh").sum(),
        (b["state_name"] == "Andhra Pradesh").sum() - (a["state_name"] == "Andhra Pradesh").sum())
    changes = diff.changes
    # Araku coffee moved to the new Alluri Sitharama Raju district: removed there, added here
    assert ((changes["change"] == "product removed") & (changes["product_old"] == "Aaraku Coffee")).sum() == 1
    markdown = to_markdown(diff)
    assert "| products | 790 | 1241 | +451 |" in markdown


def rows(places, *records):
    frame = pd.DataFrame([dict(zip(["state", "district", "product"], r)) for r in records])
    for column in ROW_COLUMNS:
        if column not in frame:
            frame[column] = "" if column != "page" else 1
    return normalise.run(frame[ROW_COLUMNS], places)[0]


OLD = (
    ("Andhra Pradesh", "Visakhapatanam", "Aaraku Coffee"),
    ("Andhra Pradesh", "Guntur", "Chillies"),
    ("Haryana", "Gurgaon", "Auto parts"),
    ("Kerala", "Idukki", "Cardamom"),
    ("Goa", "North Goa", "Cashew"),
)
NEW = (
    ("Andhra Pradesh", "Visakhapatnam", "Coffee (Araku)"),  # renamed product, respelled district
    ("Andhra Pradesh", "Guntur", "Chillies"),
    ("Andhra Pradesh", "Guntur", "Tobacco"),  # product added
    ("Haryana", "Gurugram", "Auto parts"),  # district renamed (same LGD code)
    ("Kerala", "Wayanad", "Coffee"),  # Idukki removed, Wayanad added
    ("Sikkim", "Gangtok", "Large Cardamom"),  # a state only in the new release
)


def kinds(diff):
    return sorted(diff.changes["change"].tolist())


def test_each_kind_of_change(places):
    diff = compare(rows(places, *OLD), rows(places, *NEW))
    assert kinds(diff) == sorted([
        "product renamed", "product added", "district renamed", "district renamed",
        "district removed", "district added", "product removed", "product added",
        "district removed", "product removed", "district added", "product added",
    ])
    renamed = diff.changes[diff.changes["change"] == "product renamed"].iloc[0]
    assert (renamed.product_old, renamed.product_new, renamed.district_lgd) == ("Aaraku Coffee", "Coffee (Araku)", 520)
    assert renamed.similarity >= 80
    district = diff.changes[(diff.changes["change"] == "district renamed") & (diff.changes["state"] == "Haryana")].iloc[0]
    assert (district.district_old, district.district_new, district.district_lgd) == ("Gurgaon", "Gurugram", 62)
    states = diff.by_state.set_index("state")
    assert tuple(states.loc["Sikkim", ["districts_old", "districts_new", "products_old", "products_new"]]) == (0, 1, 0, 1)
    assert tuple(states.loc["Goa", ["districts_old", "districts_new", "products_old", "products_new"]]) == (1, 0, 1, 0)
    assert '"change": "product renamed"' in to_json(diff)


def test_dissimilar_names_are_not_renames(places):
    diff = compare(rows(places, ("Kerala", "Idukki", "Cardamom")), rows(places, ("Kerala", "Idukki", "Tea")))
    assert kinds(diff) == ["product added", "product removed"]


def test_identical_snapshots_give_an_empty_diff(archived_snapshots):
    frame = find(archived_snapshots, "odop-2022-01").read()
    diff = compare(frame, frame.copy())
    assert diff.empty
    assert diff.by_state["products_change"].eq(0).all()
    assert "no changes" in diff.one_line()


def test_diff_command_formats(archived_snapshots, tmp_path, capsys):
    import json

    from pipeline.cli import main

    base = ["diff", "odop-2022-01", "datagovin-odop", "--data-dir", str(archived_snapshots)]
    assert main(base) == 0
    table = capsys.readouterr().out
    assert "By state" in table and "Andhra Pradesh" in table and "+451" in table
    assert main(base + ["--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["old"]["products"], result["new"]["products"]) == (790, 1241)
    andhra = next(s for s in result["by_state"] if s["state"] == "Andhra Pradesh")
    assert (andhra["products_old"], andhra["products_new"], andhra["products_change"]) == (14, 99, 85)
    out = tmp_path / "changes.parquet"
    assert main(base + ["--format", "parquet", "-o", str(out)]) == 0
    changes = pd.read_parquet(out)
    assert set(changes["change"]) >= {"product added", "product removed", "product renamed", "district added"}


def test_html_diff_is_one_self_contained_page(archived_snapshots, tmp_path):
    from html.parser import HTMLParser

    from pipeline.cli import main

    out = tmp_path / "diff.html"
    assert main(["diff", "odop-2022-01", "datagovin-odop", "--data-dir", str(archived_snapshots), "--format", "html", "-o", str(out)]) == 0
    page = out.read_text()

    class Page(HTMLParser):
        tags, fetches, bars, cells = [], [], [], []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            self.tags.append(tag)
            self.fetches += [v for k, v in attrs.items() if k in ("src", "href") or (k == "rel" and v == "stylesheet")]
            if tag == "rect":
                self.bars.append(attrs["class"])

        def handle_data(self, data):
            self.cells.append(data.strip())

    parsed = Page()
    parsed.feed(page)
    assert parsed.fetches == [] and "script" not in parsed.tags and "@import" not in page  # nothing to fetch
    by_state = find(archived_snapshots, "datagovin-odop").read()["state_name"].nunique()
    assert len(parsed.bars) >= by_state  # one bar per state of either release
    assert parsed.bars.count("down") == sum(1 for v in compare(find(archived_snapshots, "odop-2022-01").read(),
                                                               find(archived_snapshots, "datagovin-odop").read()).by_state["products_change"] if v < 0)
    assert "+451" in parsed.cells and "Andhra Pradesh" in parsed.cells
    assert "Products renamed (59)" in page
