"""Canonical places: every (state, district) tied to its LGD codes, never to another state's."""

import pytest

from pipeline.snapshot import find


@pytest.mark.parametrize(
    "state, district, lgd, method",
    [
        # five district names exist in two states
        ("Bihar", "Aurangabad", 189, "exact"), ("Maharashtra", "Aurangabad", 469, "exact"),
        ("Chhattisgarh", "Balrampur", 649, "exact"), ("Uttar Pradesh", "Balrampur", 127, "exact"),
        ("Chhattisgarh", "Bilaspur", 375, "exact"), ("Himachal Pradesh", "Bilaspur", 15, "exact"),
        ("Himachal Pradesh", "Hamirpur", 17, "exact"), ("Uttar Pradesh", "Hamirpur", 149, "exact"),
        ("Rajasthan", "Pratapgarh", 629, "exact"), ("Uttar Pradesh", "Pratapgarh", 174, "exact"),
        # renamed districts
        ("Haryana", "Gurgaon", 62, "alias"), ("Uttar Pradesh", "Allahabad", 120, "alias"),
        ("Madhya Pradesh", "Hoshangabad", 409, "alias"),
        # spellings, the registered mark and parenthesised alternatives
        ("Andhra Pradesh", "Visakhapatnam", 520, "alias"), ("Andhra Pradesh", "SPSR Nellore", 515, "exact"),
        ("Andhra Pradesh", "Sri Potti Sriramulu Nellore", 515, "alias"),
        ("Assam", "Kamrup ®", 291, "exact"), ("Assam", "Kamrup (R)", 291, "exact"), ("Assam", "Kamrup (M)", 618, "alias"),
        ("Andhra Pradesh", "Ananthpuram (Anantapur)", 502, "alias"), ("Andhra Pradesh", "Anantapuram (Anantapur)", 502, "alias"),
        ("Andhra Pradesh", "Ananthapuramu (Anantapur)", 502, "exact"),
        ("J&K", "Anantnag", 1, None), ("Orissa", "Cuttack", 350, "exact"),
        ("Karnataka", "Bagalkot", 524, "fuzzy"),
    ],
)
def test_district_resolution(places, state, district, lgd, method):
    s = places.state(state)
    assert s.lgd is not None, state
    d = places.district(s.lgd, district)
    if method is None:  # a state alias check
        assert s.lgd == lgd
        return
    assert (d.lgd, d.method) == (lgd, method)
    assert places.district_state[d.lgd] == s.lgd


def test_names_without_a_clear_match_stay_unresolved(places):
    mp = places.state("Madhya Pradesh").lgd
    assert places.district(mp, "Nagda").method == "unresolved"  # proposed district, no LGD code here
    assert places.district(mp, "Hamirpur").method == "unresolved"  # a district of two other states


@pytest.mark.parametrize("source, rows", [("odop-2022-01", 790), ("datagovin-odop", 1241)])
def test_nearly_every_pair_resolves_within_its_state(archived_snapshots, places, source, rows):
    frame = find(archived_snapshots, source).read()
    assert len(frame) == rows
    pairs = frame.drop_duplicates(["state", "district"])
    resolved = pairs["district_lgd"].notna()
    assert resolved.mean() >= 0.99
    assert all(places.district_state[int(c)] == int(s) for c, s in zip(pairs.loc[resolved, "district_lgd"], pairs.loc[resolved, "state_lgd"]))
    assert frame["state_lgd"].notna().all()


def test_stated_codes_checked_against_names(archived_snapshots):
    snap = find(archived_snapshots, "datagovin-odop")
    frame = snap.read()
    differ = frame[frame["source_district_lgd"] != frame["district_lgd"]]
    mewat = differ[differ["district"] == "Mewat"].iloc[0]
    assert (mewat.source_district_lgd, mewat.district_lgd) == (192, 604)
    conflicts = [w for w in snap.meta["warnings"] if w.startswith("LGD code conflict")]
    assert len(conflicts) == len(differ) > 0
    assert any("states code 192, which is Bhagalpur, Bihar" in w and "Nuh code 604" in w for w in conflicts)


def test_sector_and_category_have_one_spelling(archived_snapshots):
    frame = find(archived_snapshots, "datagovin-odop").read()
    assert set(frame["category"]) == {"Primary", "Secondary", "Tertiary", "Others"}
    assert {"Food Processing", "Handloom", "Textile", "Dairy"} <= set(frame["sector"])
    assert not {"Food processing", "handlooms", "textile ", "dairy"} & set(frame["sector"])
