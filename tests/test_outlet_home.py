"""A home country per outlet (issue #12, `corpus.outlet_home`): a corpus may mix Pakistani and Indian outlets.

The codebook's v1.2-v1.4 rules side an unnamed local official, a private voice, an office in a
story that names the home country and an official by title and name with the outlets' own
country. With `corpus.outlet_home` each outlet's articles are read with its own country.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.attribution import article_homes, with_home
from analysis.coding import code_units
from analysis.errors import UserError
from analysis.settings import check_outlet_home, load_config, resolve

REPO = Path(__file__).resolve().parents[1]
MINI = {"name": "m", "input": "in"}

# unnamed local officials, an office with the home country named, a private voice
LOCAL = "जिलाधिकारी ने कहा कि बाढ़ से भारी नुकसान हुआ है।"
POLICE = "पुलिस ने बताया कि रूसी दल शहर पहुंच गया है।"
RESIDENTS = "स्थानीय लोगों का कहना है कि रूसी दल का स्वागत हुआ।"


def _units(docs: dict[str, list[str]]) -> pd.DataFrame:
    rows = [
        {"doc_id": d, "unit_id": i, "role": "body", "para": 1, "text": t, "norm": None, "start": 0, "end": len(t)}
        for d, texts in docs.items()
        for i, t in enumerate(texts)
    ]
    return pd.DataFrame(rows)


def _sides(coded: pd.DataFrame, doc: str) -> list[str]:
    return coded.loc[coded["doc_id"] == doc, "speaker_side"].tolist()


def test_a_pakistani_outlets_unnamed_local_officials_are_pakistans_and_an_indian_outlets_stay_indias(cb):
    units = _units({"dawn_1": [LOCAL, POLICE, RESIDENTS], "jagran_1": [LOCAL, POLICE, RESIDENTS]})
    homes = article_homes({"dawn_1": "dawn_urdu", "jagran_1": "jagran"}, {"dawn_urdu": "pakistan"})
    coded = code_units(units, cb, homes=homes)
    assert _sides(coded, "dawn_1") == ["pakistan"] * 3
    assert _sides(coded, "jagran_1") == ["india"] * 3
    assert "home country pakistan" in coded["speaker_rule"].iloc[0]


def test_an_official_by_title_and_name_in_an_urdu_press_article_is_the_outlets_countrys(cb):
    text = "वज़ीर-ए-ख़ारजा असलम बेग ने कहा कि रूस के साथ ताल्लुक़ात मज़बूत हो रहे हैं।"
    coded = code_units(_units({"a": [text], "b": [text]}), cb, homes={"a": "pakistan"})
    assert _sides(coded, "a") == ["pakistan"] and _sides(coded, "b") == ["india"]


def test_no_homes_and_the_codebooks_own_home_code_every_unit_alike(cb):
    units = _units({"x": [LOCAL, POLICE], "y": [RESIDENTS]})
    plain = code_units(units, cb)
    assert plain.equals(code_units(units, cb, homes={}))
    assert plain.equals(code_units(units, cb, homes={"x": cb.voice.home_country}))
    assert with_home(cb, cb.voice.home_country) is cb and with_home(cb, "") is cb


def test_article_homes_lists_only_the_outlets_the_config_names():
    outlets = {"d1": "dawn_urdu ", "d2": "jagran", "d3": None}
    assert article_homes(outlets, {"dawn_urdu": "pakistan"}) == {"d1": "pakistan"}
    assert article_homes(outlets, {}) == {}


def _cfg(tmp_path: Path, outlet_home: dict) -> dict:
    (tmp_path / "in").mkdir()
    (tmp_path / "m.csv").write_text("doc_id,file,outlet\na,a.txt,dawn_urdu\nb,b.txt,jagran\n", encoding="utf-8")
    cb = REPO / "config" / "codebook.yaml"
    corpus = {"name": "mix", "input": "in", "manifest": "m.csv", "outlet_home": outlet_home}
    return {"corpus": corpus, "codebook": str(cb), "paths": {"results": "out"}}


def test_a_known_country_for_a_manifest_outlet_passes(tmp_path):
    check_outlet_home(_cfg(tmp_path, {"dawn_urdu": "pakistan"}), tmp_path)


def test_a_country_the_codebook_does_not_know_is_refused_with_the_key_and_the_fix(tmp_path):
    with pytest.raises(UserError) as err:
        check_outlet_home(_cfg(tmp_path, {"dawn_urdu": "pakistn"}), tmp_path, "mix.yaml")
    msg = str(err.value)
    assert "mix.yaml" in msg and "corpus.outlet_home.dawn_urdu" in msg and "'pakistn'" in msg
    assert "Fix: use one of" in msg and "pakistan" in msg.split("Fix:")[1]


def test_an_outlet_the_manifest_does_not_have_is_refused_naming_the_outlets(tmp_path):
    with pytest.raises(UserError) as err:
        check_outlet_home(_cfg(tmp_path, {"dawn-urdu": "pakistan"}), tmp_path, "mix.yaml")
    msg = str(err.value)
    assert "corpus.outlet_home" in msg and "'dawn-urdu'" in msg and "dawn_urdu, jagran" in msg and "Fix:" in msg


def test_outlet_folders_count_as_outlets_with_outlet_from_folder(tmp_path):
    cfg = _cfg(tmp_path, {"urdu_daily": "pakistan"})
    (tmp_path / "in" / "urdu_daily").mkdir()
    with pytest.raises(UserError):
        check_outlet_home(cfg, tmp_path)
    cfg["corpus"]["outlet_from"] = "folder"
    check_outlet_home(cfg, tmp_path)


def test_the_schema_refuses_a_home_that_is_no_id_and_defaults_to_none():
    with pytest.raises(UserError, match="outlet_home"):
        resolve({"corpus": {**MINI, "outlet_home": {"x": 3}}, "codebook": "c", "paths": {"results": "o"}})
    cfg = resolve({"corpus": MINI, "codebook": "c", "paths": {"results": "o"}})
    assert cfg["corpus"]["outlet_home"] == {}


@pytest.mark.parametrize("name", ["invented", "invented2", "invented3", "invented4", "invented5", "invented7"])
def test_the_development_configs_name_outlets_and_countries_that_exist(name, monkeypatch):
    monkeypatch.chdir(REPO)  # resolve checks the manifest and codebook where Snakemake runs
    cfg = resolve(load_config(REPO / "config" / "corpora" / f"{name}.yaml"))
    check_outlet_home(cfg, REPO)
