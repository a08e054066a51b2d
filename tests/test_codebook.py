"""Loading and validating codebook files: errors name the key path and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis.codebook import load_codebook
from analysis.errors import UserError
from analysis.normalize import norm

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "config" / "codebook.yaml"
SECOND = ROOT / "tests" / "data" / "codebook_en.yaml"
DESIGN_FRAMES = ["military", "terrorism", "economy", "diplomacy", "regional", "india", "geopolitics"]


def _write_variant(tmp_path: Path, edit) -> Path:
    data = yaml.safe_load(DEFAULT.read_text(encoding="utf-8"))
    edit(data)
    p = tmp_path / "codebook.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return p


def test_default_codebook_has_the_design_ids_in_order():
    cb = load_codebook(DEFAULT)
    assert cb.frame_ids == DESIGN_FRAMES
    assert cb.target_ids == ["ru_pk", "ru_in"]
    assert set(cb.sides) == {"russia", "pakistan", "india", "china", "media", "other", "unknown"}
    for actor in [
        "lavrov",
        "fomin",
        "qureshi",
        "imran_khan",
        "bajwa",
        "munir",
        "ispr",
        "pakistan_army",
        "jaishankar",
        "bagchi",
        "modi",
        "dawn",
        "ani",
        "pti",
        "russia",
        "pakistan",
        "india",
        "china",
        "russian_official",
        "report",
    ]:
        assert actor in cb.actors
    assert cb.version


def test_every_frame_and_target_carries_bilingual_labels_definition_and_rules():
    cb = load_codebook(DEFAULT)
    for f in cb.frames:
        assert f.label.get("en") and f.label.get("hi") and f.definition and f.rules and f.pfc
    for t in cb.targets:
        assert t.label.get("en") and t.label.get("hi") and t.definition and t.rules


def test_second_codebook_loads():
    cb = load_codebook(SECOND)
    assert cb.frame_ids == ["health", "trade"] and cb.target_ids == ["us_cn"]


def test_schema_error_names_key_path(tmp_path):
    def edit(d):
        d["frames"][2]["cues"]["hi"] = "व्यापार"

    with pytest.raises(UserError) as exc:
        load_codebook(_write_variant(tmp_path, edit))
    msg = str(exc.value)
    assert "codebook.yaml: frames[2].cues.hi: expected a list of strings" in msg


def test_schema_error_names_missing_key(tmp_path):
    def edit(d):
        del d["stance"]["targets"][1]["parties"]

    with pytest.raises(UserError, match=r"stance\.targets\[1\]: missing required key 'parties'"):
        load_codebook(_write_variant(tmp_path, edit))


def test_schema_error_names_unknown_key(tmp_path):
    def edit(d):
        d["voice"]["speach_verbs"] = {"hi": ["कहा"]}

    with pytest.raises(UserError, match=r"voice: unknown key 'speach_verbs'"):
        load_codebook(_write_variant(tmp_path, edit))


def test_schema_error_for_bad_enum_says_what_is_allowed(tmp_path):
    def edit(d):
        d["stance"]["on_tie"] = "maybe"

    with pytest.raises(UserError, match=r"stance\.on_tie: expected one of \"none\", \"favor\", \"against\""):
        load_codebook(_write_variant(tmp_path, edit))


def test_actor_side_must_be_a_declared_side(tmp_path):
    def edit(d):
        d["actors"][0]["side"] = "mars"

    with pytest.raises(UserError, match=r"actors\[0\]\.side: 'mars' is not one of sides"):
        load_codebook(_write_variant(tmp_path, edit))


def test_target_party_must_be_a_place_or_side(tmp_path):
    def edit(d):
        d["stance"]["targets"][0]["parties"] = ["russia", "atlantis"]

    with pytest.raises(UserError, match=r"stance\.targets\[0\]\.parties\[1\]: 'atlantis'"):
        load_codebook(_write_variant(tmp_path, edit))


def test_duplicate_frame_id_is_rejected(tmp_path):
    def edit(d):
        d["frames"][1]["id"] = "military"

    with pytest.raises(UserError, match=r"frames\[1\]\.id: duplicate id 'military'"):
        load_codebook(_write_variant(tmp_path, edit))


def test_star_inside_a_pattern_is_rejected(tmp_path):
    def edit(d):
        d["frames"][0]["cues"]["hi"].append("सै*न्य")

    with pytest.raises(UserError, match=r"frames\[0\]\.cues\.hi\[\d+\]: pattern 'सै\*न्य'"):
        load_codebook(_write_variant(tmp_path, edit))


def test_invalid_yaml_names_file_and_line(tmp_path):
    p = tmp_path / "broken.yaml"
    p.write_text("version: '1'\nframes: [\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"broken\.yaml: not valid YAML \(line"):
        load_codebook(p)


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="not found"):
        load_codebook(tmp_path / "nope.yaml")


def test_cue_spelling_variants_match_one_pattern():
    """ख़ुश/खुश, लॉवरोव/लावरोव, सर्गेई/सेर्गेई meet in the matching form."""
    cb = load_codebook(DEFAULT)
    names = {(h.kind, h.name) for h in cb.matcher.find(norm("सेर्गेई लॉवरोव ख़ुश हैं"))}
    assert ("actor", "lavrov") in names and ("favor", "ru_pk") in names


def test_word_family_cue_needs_a_word_start():
    """रक्षा* matches रक्षामंत्री but not सुरक्षा (the cue must start a word)."""
    cb = load_codebook(DEFAULT)

    def mil(s):
        return [h for h in cb.matcher.find(norm(s)) if h.kind == "frame" and h.name == "military"]

    assert mil("उप रक्षामंत्री ने कहा")
    assert not mil("सुरक्षा परिषद की बैठक")


def test_optional_rule_settings_take_their_documented_defaults(tmp_path):
    def edit(d):
        for key in ("on_tie",):
            d["stance"].pop(key, None)
        d["stance"]["negation"].pop("clause_breaks", None)
        for key in ("quote_state_resets_at", "source_window_tokens", "agentless_resolves_to_last_speaker"):
            d["voice"].pop(key, None)
        d["voice"]["welcome"].pop("window_tokens", None)

    cb = load_codebook(_write_variant(tmp_path, edit))
    assert cb.stance.on_tie == "none"
    assert cb.stance.clause_breaks == frozenset([",", ";", ":", "।", "?", "!"])
    assert (cb.voice.quote_state_resets_at, cb.voice.source_window_tokens, cb.voice.welcome_window_tokens) == (
        "paragraph",
        3,
        3,
    )
    assert cb.voice.agentless_resolves_to_last_speaker is False


def test_a_place_may_only_belong_to_a_declared_actor(tmp_path):
    def edit(d):
        d["places"][0]["actor"] = "kremlin"

    with pytest.raises(UserError, match=r"places\[0\]\.actor: 'kremlin' is not an actor id"):
        load_codebook(_write_variant(tmp_path, edit))


def test_a_frame_needs_cues_or_mentions(tmp_path):
    def edit(d):
        d["frames"][0]["cues"] = {"hi": [], "en": []}
        d["frames"][0].pop("mentions", None)

    with pytest.raises(UserError, match=r"frames\[0\]\.cues: frame 'military' has no cues and no mentions"):
        load_codebook(_write_variant(tmp_path, edit))


def test_every_cue_kind_is_compiled_into_the_one_matcher():
    cb = load_codebook(DEFAULT)
    kinds = {h.kind for h in cb.matcher.find(norm("डॉन के मुताबिक उन्होंने इस पहल का स्वागत किया, जानिए"))}
    assert {
        "actor",
        "attribution",
        "source_before",
        "pronoun",
        "self_marked",
        "welcome_verb",
        "welcome_object",
        "sensational",
    } <= kinds
