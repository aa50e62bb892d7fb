"""sources.yaml: the real registry loads, and mistakes are reported with their line and field."""

import pytest

from pipeline.sources import SourcesError, load_sources

from .conftest import ROOT

GOOD = """sources:
  - id: {id}
    title: A list
    publisher: A ministry
    url: {url}
    format: pdf
    release_date: 2024-08-07
"""


def test_the_registry_declares_every_source():
    sources = {s.id: s for s in load_sources(ROOT / "sources.yaml")}
    assert set(sources) == {"lgd-states", "lgd-districts", "investindia-odop-v32", "dpiit-odop-2024-08-07",
                            "dgft-deh-products", "odop-2022-01", "datagovin-odop", "investindia-odop-v31"}
    assert [s.id for s in sources.values() if s.kind == "reference"] == ["lgd-states", "lgd-districts"]
    assert sources["lgd-districts"].licence == "Government Open Data License - India"
    # every archived file is pinned: only those bytes are accepted, from the network or a seed
    assert all(sources[i].sha256 for i in ("lgd-states", "lgd-districts", "odop-2022-01", "datagovin-odop", "investindia-odop-v31"))
    assert (sources["investindia-odop-v32"].stated_totals.products, sources["investindia-odop-v32"].stated_totals.districts) == (1243, 775)
    assert (sources["dpiit-odop-2024-08-07"].stated_totals.products, sources["dpiit-odop-2024-08-07"].stated_totals.districts) == (1237, 782)


@pytest.mark.parametrize(
    "text, expected",
    [
        (GOOD.format(id="../../etc", url="https://example.org/a.pdf"), ":2: source '../../etc', field 'id'"),
        (GOOD.format(id="Upper-Case", url="https://example.org/a.pdf"), "field 'id'"),
        (GOOD.format(id="ok", url="file:///etc/passwd"), ":5: source 'ok', field 'url': only http and https URLs"),
        (GOOD.format(id="ok", url="https://example.org/a.pdf").replace("    publisher: A ministry\n", ""), "field 'publisher': missing"),
        (GOOD.format(id="ok", url="https://example.org/a.pdf").replace("format: pdf", "format: docx"), ":6: source 'ok', field 'format'"),
        (GOOD.format(id="ok", url="https://example.org/a.pdf") + "    colour: red\n", ":8: source 'ok', field 'colour': unknown field"),
        (GOOD.format(id="ok", url="https://example.org/a.pdf").replace("    release_date: 2024-08-07\n", ""), "field 'release_date': missing (required fields of a list"),
        (GOOD.format(id="ok", url="https://example.org/a.pdf") + "    kind: table\n", ":8: source 'ok', field 'kind': 'table' is not one of list, reference"),
        ("sources: [\n", ":2:1: not valid YAML: while parsing a flow node expected the node content, but found '<stream end>'"),
        ("sources:\n  - id: a\n   title: b\n", ":3:4: not valid YAML: while parsing a block collection expected <block end>"),
        ("colour: red\nsources: []\n", ":1: unknown top-level key 'colour'"),
        ("fetch: {deadline: -1}\nsources: []\n", ":1: top-level 'fetch': deadline must be a number of at least 0"),
        ("!!python/object/apply:os.system ['true']\n", "expected a mapping"),  # never executed
    ],
)
def test_mistakes_are_reported_with_line_and_field(tmp_path, text, expected):
    path = tmp_path / "sources.yaml"
    path.write_text(text)
    with pytest.raises(SourcesError) as info:
        load_sources(path)
    assert str(path) in str(info.value) and expected in str(info.value), str(info.value)
    assert "\n" not in str(info.value) and "<unicode string>" not in str(info.value)
