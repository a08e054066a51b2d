"""LaTeX tables: escaped, human, fitted to the text width, and compiling under XeLaTeX with Devanagari."""

from __future__ import annotations

import shutil
import unicodedata

import numpy as np
import pandas as pd
import pytest

from analysis.catalog import TABLES
from analysis.compare import comparison_tables, write_tables
from analysis.labels import Labels, codebook_labels
from analysis.latex import FONT_DIR, FONT_FILE, compile_demo, fmt_ci, latex_escape, present, to_latex, write_from_csv

LONG = "दैनिक जागरण राष्ट्रीय संस्करण (नई दिल्ली)"
OUTLETS = [
    LONG,
    "अमर उजाला",
    "Dainik_Bhaskar & Co. 100% #1 {ed.} ~^$",
    "ETV Bharat",
    "India TV",
    "Navbharat Times",
    "Hindustan (Lucknow edition)",
    "पंजाब केसरी",
]
FRAMES = ["military", "diplomacy", "economy"]
TARGETS = ["ru_pk", "ru_in"]
SIDES = ["russia", "pakistan", "india", "china", "media", "other"]


def test_to_latex_escapes_and_marks_devanagari():
    df = pd.DataFrame(
        {
            "outlet": ["ETV_Bharat & co", "अमर उजाला"],
            "share": [0.5, float("nan")],
            "p_value": [0.0001, 0.25],
            "n_articles": [3, 10],
        }
    )
    tex = to_latex(df, "Shares 50% of $units", "tab:x")
    assert r"ETV\_\allowbreak{}Bharat \& co" in tex and r"\textdeva{अमर उजाला}" in tex
    assert r"50\% of \$units" in tex
    assert r"\toprule" in tex and r"\midrule" in tex and r"\bottomrule" in tex
    assert r"\begin{tabular}{@{}P{\tabcol{0}}rrr@{}}" in tex  # the outlet column wraps, numbers right-aligned
    assert r"$<$0.001" in tex and "0.250" in tex and " – " in tex
    assert to_latex(df, "Shares 50% of $units", "tab:x") == tex


def test_every_special_character_is_escaped():
    assert latex_escape("& % $ # _ { } ~ ^ \\") == (
        r"\& \% \$ \# \_\allowbreak{} \{ \} \textasciitilde{} "
        r"\textasciicircum{} \textbackslash{}"
    )


def test_headers_are_human_and_intervals_join_their_estimate():
    df = pd.DataFrame(
        {
            "outlet": ["A"],
            "frame": ["military"],
            "n_articles": [6],
            "share": [0.4212],
            "ci_low": [0.31],
            "ci_high": [0.549],
            "note": [""],
        }
    )
    heads, rows, notes, align = present(df)
    assert heads == ["Outlet", "Frame", "Articles", r"Share {[}95\% CI{]}"]
    assert rows == [["A", "Military", "6", "0.42 & {[}0.31, 0.55{]}"]] and notes == [] and align.endswith("rR")
    assert fmt_ci(-0.5, -0.75, 0.1) == "−0.50 [−0.75, 0.10]"
    assert latex_escape(fmt_ci(-0.5, -0.75, 0.1)) == "$-$0.50 {[}$-$0.75, 0.10{]}"


def test_the_sample_tables_counts_are_named_as_the_paper_counts_them():
    """The paper says '3147 documents were read, 2879 with status ok': its data table called the 2879 'Articles read'."""
    df = pd.DataFrame(
        {"outlet": ["A"], "n_articles_total": [708], "n_articles_ok": [666], "n_articles_coded": [706], "note": [""]}
    )
    heads = present(df)[0]
    assert heads == ["Outlet", "Documents", "Articles ok", "Articles coded"]


def test_an_article_with_no_dominant_frame_prints_a_dash_not_a_blank_cell():
    # nothing to compare reads as "–" in every headline/body column alike, not as a blank cell
    df = pd.DataFrame(
        {"doc_id": ["a1"], "headline_frames": [""], "body_dominant_frame": [""], "dominant_in_headline": [np.nan]}
    )
    assert present(df)[1] == [["a1", "–", "–", "–"]]


def test_repeated_notes_become_lettered_notes_under_the_table():
    df = pd.DataFrame(
        {
            "outlet": ["A", "B", "C"],
            "n_units": [1, 2, 3],
            "note": ["descriptive only: 1 article (<5)", "", "descriptive only: 1 article (<5)"],
        }
    )
    heads, rows, notes, _ = present(df)
    assert [r[-1] for r in rows] == ["a", "", "a"] and notes == ["a: descriptive only: 1 article (<5)"]


def _corpus(n_outlets: int = 8, per_outlet: int = 3):
    units, arts = [], []
    for i, outlet in enumerate(OUTLETS[:n_outlets]):
        for d in range(per_outlet if i % 3 else 6):
            doc = f"doc_{i}_{d}"
            arts.append(
                {
                    "doc_id": doc,
                    "outlet": outlet,
                    "status": "ok",
                    "event": f"fomin_pakistan_visit_{d % 2}",
                    "published": f"2021-04-{d + 1:02d}",
                }
            )
            for u in range(1, 6):
                role = "headline" if u == 1 else "body"
                row = {
                    "doc_id": doc,
                    "unit_id": u,
                    "role": role,
                    "para": u,
                    "text": "x",
                    "norm": "x",
                    "start": 0,
                    "end": 1,
                    "frames": FRAMES[(i + d + u) % 3] if u % 2 else "",
                    "voice": ["outlet", "quoted", "reported"][(i + u) % 3],
                    "speaker": "",
                    "speaker_side": SIDES[(d + u) % 6] if u % 2 else "",
                    "cues": "[]",
                    "codebook_version": "1",
                }
                for t_i, t in enumerate(TARGETS):
                    row[f"stance_{t}"] = ["favor", "against", "none"][(i + d + u + t_i) % 3]
                units.append(row)
    return pd.DataFrame(units), pd.DataFrame(arts)


@pytest.fixture(scope="module")
def long_name_tables():
    units, arts = _corpus()
    return comparison_tables(units, None, arts, FRAMES, TARGETS, SIDES, seed=3, n_boot=50)


def test_table_step_writes_preamble_demo_and_font(tmp_path, long_name_tables):
    write_tables(long_name_tables, tmp_path)
    preamble = (tmp_path / "preamble.tex").read_text(encoding="utf-8")
    assert "Script=Devanagari" in preamble and r"\CurrentFilePath" in preamble and "/work" not in preamble
    assert (tmp_path / FONT_DIR / FONT_FILE).stat().st_size > 100_000 and (tmp_path / FONT_DIR / "OFL.txt").exists()
    demo = (tmp_path / "all_tables.tex").read_text(encoding="utf-8")
    assert all(rf"\input{{{t.name}.tex}}" in demo for t in TABLES)
    assert r"\textdeva{दैनिक जागरण राष्ट्रीय संस्करण}" in (tmp_path / "sample.tex").read_text(encoding="utf-8")
    assert "n_articles" not in (tmp_path / "frame_profile.tex").read_text(encoding="utf-8")


@pytest.mark.skipif(
    shutil.which("xelatex") is None,
    reason="xelatex not installed: apt-get install texlive-xetex texlive-latex-extra (CI does)",
)
@pytest.mark.parametrize("size", ["10pt", "12pt"])
def test_demo_document_compiles_under_xelatex_without_overfull_boxes(tmp_path, long_name_tables, size):
    write_tables(long_name_tables, tmp_path)
    demo = tmp_path / "all_tables.tex"  # the same tables pasted into a 12pt paper: they must still fit
    demo.write_text(demo.read_text(encoding="utf-8").replace("{article}", f"[{size}]{{article}}"), encoding="utf-8")
    done = compile_demo(tmp_path)
    log = (tmp_path / "all_tables.log").read_text(encoding="utf-8", errors="replace")
    assert done.returncode == 0 and done.errors == (), log[-3000:]
    assert [w for w in done.overfull if w > 1.0] == [], "overfull boxes over 1pt"
    assert "wider than the line" not in log
    assert done.missing_glyphs == 0  # a Devanagari glyph dropped by a font without it
    assert "NotoSansDevanagari" in log or done.pdf.read_bytes().count(b"NotoSansDevanagari")


def test_tex_written_again_from_the_csvs_is_the_tex_of_the_build(tmp_path, long_name_tables):
    write_tables(long_name_tables, tmp_path / "build")
    write_from_csv(tmp_path / "build", tmp_path / "again")
    for tex in (tmp_path / "build").glob("*.tex"):
        assert tex.read_bytes() == (tmp_path / "again" / tex.name).read_bytes(), tex.name


def test_cells_show_codebook_labels_in_the_chosen_language_and_csv_keeps_ids(tmp_path, long_name_tables, cb):
    hindi = Labels("hi", codebook_labels(cb, "hi"))
    write_tables(long_name_tables, tmp_path, Labels("en", codebook_labels(cb, "en")))
    profile = (tmp_path / "frame_profile.tex").read_text(encoding="utf-8")
    military = latex_escape(codebook_labels(cb, "en")["frame:military"])
    assert military in profile and "& military &" not in profile
    assert "military" in (tmp_path / "frame_profile.csv").read_text(encoding="utf-8")  # the data keeps the id
    voice = to_latex(long_name_tables["voice_mix"], "Voice", "tab:v", labels=hindi)
    assert r"\textdeva{परोक्ष कथन}" in voice and "reported" not in voice
    stance = present(long_name_tables["stance_balance"], labels=hindi)[1]
    assert {r[1] for r in stance} == {latex_escape(hindi.of("target", t)) for t in TARGETS}


def test_write_tables_is_byte_stable(tmp_path, long_name_tables):
    write_tables(long_name_tables, tmp_path / "a")
    write_tables(long_name_tables, tmp_path / "b")
    for p in (tmp_path / "a").rglob("*"):
        if p.is_file():
            assert p.read_bytes() == (tmp_path / "b" / p.relative_to(tmp_path / "a")).read_bytes(), p.name
    assert np.isfinite(long_name_tables["frame_profile"]["share"]).all()


@pytest.mark.skipif(
    shutil.which("xelatex") is None or shutil.which("pdftotext") is None,
    reason="xelatex and pdftotext (poppler-utils) needed",
)
def test_hindi_outlet_names_stay_whole_while_a_column_of_frame_lists_has_room(tmp_path):
    import subprocess

    from analysis.latex import DEMO, write_support

    outlets = ["पहाड़ी समाचार", "गंगा टाइम्स", "लोक आवाज़"]
    frames = "अर्थव्यवस्था, व्यापार एवं ऊर्जा; महाशक्ति एवं बहुपक्षीय संदर्भ; कूटनीतिक संपर्क"
    df = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(6)],
            "outlet": outlets * 2,
            "body_frames": [frames, "सैन्य एवं रक्षा", frames, "–", frames, "भारत का पक्ष"],
            "n_units": [6, 5, 7, 4, 6, 5],
            "sensational": [0, 1, 0, 0, 2, 0],
        }
    )
    write_support(tmp_path)
    (tmp_path / "t.tex").write_text(to_latex(df, "सीमा और मानसून", "tab:t"), encoding="utf-8")
    (tmp_path / DEMO).write_text(  # 9 cm: a column of a two-column paper, where names used to break
        "\\documentclass{article}\\input{preamble.tex}\\textwidth=9cm\\begin{document}\\input{t.tex}\\end{document}\n",
        encoding="utf-8",
    )
    done = compile_demo(tmp_path)
    assert done.returncode == 0 and done.errors == () and not [w for w in done.overfull if w > 1.0]
    text = subprocess.run(["pdftotext", "-layout", str(done.pdf), "-"], capture_output=True, check=True).stdout
    lines = unicodedata.normalize("NFC", text.decode("utf-8")).splitlines()  # the PDF gives ड़ as one code point
    for name in outlets:  # each name whole on its row's line, not "पहाड़ी" above "समाचार"
        assert sum(unicodedata.normalize("NFC", name) in ln for ln in lines) == 2, name
    assert len(lines) > 9  # the frame lists wrap instead


def test_a_table_whose_only_text_is_outlet_names_still_fills_the_line():
    df = pd.DataFrame({"outlet": ["पहाड़ी समाचार", "Lok Awaz"], "n_units": [3, 4]})
    tex = to_latex(df, "c", "tab:c")
    assert r"\tabgrant" not in tex and r"\tabshare{0}" in tex  # the names take the line's rest, as prose does


def test_every_speaker_side_of_the_codebook_has_a_hindi_label(cb):
    # the side `unknown` printed as the English "Unknown" in a Hindi table of speaker sides
    hindi = Labels("hi", codebook_labels(cb, "hi"))
    for side in cb.sides:
        assert not hindi.of("side", side).isascii(), side
    assert hindi.of("side", "unknown") == "अज्ञात" and Labels().of("side", "unknown") == "Unknown"


@pytest.mark.skipif(
    shutil.which("xelatex") is None,
    reason="xelatex not installed: apt-get install texlive-xetex texlive-latex-extra (CI does)",
)
def test_tables_compile_in_a_two_column_paper_without_overfull_boxes(tmp_path, long_name_tables):
    # longtable stopped a twocolumn paper ("longtable not in 1-column mode") and short tables
    # stuck out of \columnwidth; now long tables get one-column pages and wide floats a table*
    write_tables(long_name_tables, tmp_path)
    demo = tmp_path / "all_tables.tex"
    demo.write_text(demo.read_text(encoding="utf-8").replace("{article}", "[twocolumn]{article}"), encoding="utf-8")
    done = compile_demo(tmp_path)
    log = (tmp_path / "all_tables.log").read_text(encoding="utf-8", errors="replace")
    assert done.returncode == 0 and done.errors == (), log[-3000:]
    assert [w for w in done.overfull if w > 1.0] == [], "overfull boxes over 1pt"
    assert "wider than the line" not in log and done.missing_glyphs == 0


def test_short_tables_choose_their_float_and_long_tables_their_column_mode_in_tex():
    # the choice (table or table*, one column or two) is TeX's, made where the table is pasted
    short = to_latex(pd.DataFrame({"outlet": ["ETV Bharat"], "n_units": [3]}), "c", "tab:c")
    long = to_latex(pd.DataFrame({"outlet": [f"o{i}" for i in range(30)], "n_units": range(30)}), "c", "tab:l")
    assert r"\tabfloatbegin{" in short and short.rstrip().endswith(r"\tabfloatend")
    assert r"\begin{table}" not in short
    assert long.splitlines()[1] == r"\tablongbegin" and long.rstrip().endswith(r"\tablongend")


def _pdflatex(folder, body: str):
    """Compile a one-table document with pdfLaTeX in `folder` (the preamble written there); its log."""
    import subprocess

    from analysis.latex import write_support

    write_support(folder)
    (folder / "t.tex").write_text(body, encoding="utf-8")
    (folder / "doc.tex").write_text(
        "\\documentclass{article}\\input{preamble.tex}\\begin{document}\\input{t.tex}\\end{document}\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "doc.tex"], cwd=folder, capture_output=True, timeout=300, check=False
    )
    return run.returncode, (folder / "doc.log").read_text(encoding="utf-8", errors="replace")


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed (texlive-latex-base)")
def test_a_table_without_devanagari_compiles_under_pdflatex(tmp_path):
    df = pd.DataFrame({"outlet": ["ETV Bharat", "India TV"], "balance": [-0.5, 0.25], "n_units": [3, 4]})
    code, log = _pdflatex(tmp_path, to_latex(df, "Stance balance (Cramér's V – none)", "tab:b"))
    assert code == 0 and "\n! " not in log, log[-2000:]


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex not installed (texlive-latex-base)")
def test_devanagari_under_pdflatex_stops_with_an_error_that_names_xelatex(tmp_path):
    # it stopped at "fontspec requires either XeTeX or LuaTeX", naming neither the tables nor the fix
    df = pd.DataFrame({"outlet": ["पहाड़ी समाचार", "Lok Awaz"], "n_units": [3, 4]})
    code, log = _pdflatex(tmp_path, to_latex(df, "c", "tab:c"))
    assert code != 0 and "Devanagari text in a table needs XeLaTeX" in log
    assert "fontspec" not in " ".join(ln for ln in log.splitlines() if ln.startswith("! "))
    assert log.count("needs XeLaTeX") == 1  # once, not once per cell


def test_a_test_not_run_prints_dashes_under_its_numbers_not_blank_cells():
    # every outlet too small: statistic, df, p and V were blank, while a missing number prints "–"
    nan = float("nan")
    df = pd.DataFrame(
        {"variable": ["voice"], "n_outlets": [0], "test": [""], "statistic": [nan], "df": [nan], "p_value": [nan]}
    )
    heads, rows, _, align = present(df)
    assert rows[0][-3:] == ["–", "–", "–"] and align.endswith("rrr")
    assert rows[0][2] == ""  # an empty text cell (no test named) stays blank


def test_broken_ids_share_the_line_with_the_wrapping_columns_of_a_tight_table():
    # once ids were broken after their underscores, their column kept only its longest piece
    df = pd.DataFrame(
        {
            "doc_id": ["lok_awaz__2021-04-07__sarhad-par-baat", "ganga_times__2024-05-01__mausam"],
            "body_frames": ["Military & defence; Diplomatic engagement", "Economy, trade & energy"],
        }
    )
    tex = to_latex(df, "c", "tab:c")
    split, whole = tex.split(r"\tabspread", 1)[1].split(r"\iftabsplit", 1)[1].split(r"\else", 1)
    assert r"\tabshare{0}" in split and r"\tabshare{1}" in split  # the ids' column takes part when broken
    assert r"\tabshare{0}" not in whole.split(r"\fi", 1)[0]  # and keeps its whole width otherwise


@pytest.mark.skipif(
    shutil.which("xelatex") is None,
    reason="xelatex not installed: apt-get install texlive-xetex texlive-latex-extra (CI does)",
)
def test_tables_of_two_corpora_share_one_paper_with_their_own_labels(tmp_path):
    # a second preamble.tex stopped at "\tabfixed already defined", and both corpora labelled tab:t
    from analysis.latex import DEMO, write_support

    df = pd.DataFrame({"outlet": ["लोक आवाज़", "Ganga Times"], "n_units": [3, 4]})
    for corpus in ("seeds", "covid"):
        write_support(tmp_path / corpus)
        (tmp_path / corpus / "t.tex").write_text(to_latex(df, corpus, "tab:t"), encoding="utf-8")
    (tmp_path / DEMO).write_text(
        "\\documentclass{article}\\input{seeds/preamble.tex}\\input{covid/preamble.tex}\\begin{document}"
        "\\input{seeds/t.tex}\\renewcommand\\tablabelprefix{covid-}\\input{covid/t.tex}"
        "Tables \\ref{tab:t} and \\ref{covid-tab:t}.\\end{document}\n",
        encoding="utf-8",
    )
    done = compile_demo(tmp_path)
    log = (tmp_path / "all_tables.log").read_text(encoding="utf-8", errors="replace")
    assert done.returncode == 0 and done.errors == (), log[-3000:]
    assert "multiply defined" not in log and "undefined" not in log and done.missing_glyphs == 0


def test_a_note_of_at_least_five_articles_prints_a_greater_or_equal_sign_not_ascii():
    # the tests table's note read "fewer than two outlets with >=5 articles" in the CSV, README and LaTeX
    from analysis.compare import _left_out_notes

    note = _left_out_notes([], 2)[1]
    assert ">=" not in note and "with ≥5 articles" in note
    tex = to_latex(pd.DataFrame({"variable": ["voice"], "n_outlets": [1], "note": [note]}), "c", "tab:c")
    assert r"with $\geq$5 articles" in tex and "≥" not in tex


def _rotated_pages(folder, body: str) -> list[bool]:
    """Compile `body` (tables) in a plain one-column article with XeLaTeX; whether each page is landscape."""
    import re
    import subprocess

    from analysis.latex import DEMO, write_support

    write_support(folder)
    (folder / DEMO).write_text(
        "\\documentclass{article}\\input{preamble.tex}\\begin{document}" + body + "\\end{document}\n", encoding="utf-8"
    )
    done = compile_demo(folder)
    assert done.returncode == 0 and done.errors == (), done
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(done.pdf)], capture_output=True, text=True, check=True
    ).stdout
    return [rot != "0" for rot in re.findall(r"^Page\s+\d+ rot:\s+(\d+)", info, re.M)]


@pytest.mark.skipif(
    shutil.which("xelatex") is None or shutil.which("pdfinfo") is None,
    reason="xelatex or pdfinfo not installed: apt-get install texlive-xetex texlive-latex-extra poppler-utils",
)
def test_a_table_counted_wide_goes_landscape_only_when_it_does_not_fit_the_portrait_line(tmp_path):
    # by a character count the seed tests table and COVID's stance balance (ten rows) each took a landscape page
    narrow = pd.DataFrame({f"n_{c}": [1, 22, 333] for c in "abcdefghijklmn"})  # 14 columns of counts
    names = "; ".join(["पहाड़ी समाचार", "Lok Awaz", "Ganga Times", "Sarhad Darpan", "Dainik Uday"])
    crowded = pd.DataFrame(
        {
            "variable": ["Frame: Great-power & multilateral context", "Voice"],
            "outlets": [names, names],
            **{f"n_{c}": [1, 2] for c in "abcdefghijk"},
            "test": ["chi-square, article-permutation p (low expected counts)", "chi-square"],
        }
    )
    assert r"\tabwidebegin" in to_latex(narrow, "c", "tab:n") and r"\tabwidebegin" in to_latex(crowded, "c", "tab:c")
    (tmp_path / "n.tex").write_text(to_latex(narrow, "Counts", "tab:n"), encoding="utf-8")
    (tmp_path / "c.tex").write_text(to_latex(crowded, "Tests", "tab:c"), encoding="utf-8")
    assert _rotated_pages(tmp_path, "\\input{n.tex}\\clearpage\\input{c.tex}") == [False, True]


def test_a_table_with_a_row_per_article_holds_the_first_of_each_outlet_and_names_the_csv(tmp_path, long_name_tables):
    # COVID's 3,142 articles made a LaTeX table of 136 landscape pages; the CSV keeps every article
    write_tables(long_name_tables, tmp_path)
    full = pd.read_csv(tmp_path / "headline_body_gap.csv")
    tex = (tmp_path / "headline_body_gap.tex").read_text(encoding="utf-8")
    body = tex.split("\\endfoot\n", 1)[1].split("\\end{longtable}", 1)[0].splitlines()
    assert len(full) == 33 and len(body) == 16  # 2 articles of each of 8 outlets (20 // 8)
    assert "(16 of 33); all 33 are in headline\\_\\allowbreak{}body\\_\\allowbreak{}gap.csv." in tex
    assert all(any(latex_escape(o) in row for row in body) for o in OUTLETS)  # every outlet is in it
    sample = (tmp_path / "sample.tex").read_text(encoding="utf-8")
    assert "Shown:" not in sample  # a row per outlet: set whole


def test_a_long_tables_notes_end_its_last_page_not_a_page_of_their_own():
    # set after \end{longtable}, COVID's by-event notes stood alone at the top of the next page
    df = pd.DataFrame({"outlet": [f"o{i}" for i in range(30)], "n_units": range(30), "note": ["small"] * 30})
    tex = to_latex(df, "c", "tab:l")
    last_foot = tex.split(r"\endfoot", 1)[1].split(r"\endlastfoot", 1)[0]
    assert r"\bottomrule" in last_foot and "Notes. a: small." in last_foot
    assert tex.split(r"\end{longtable}", 1)[1].split() == [r"\endgroup", r"\tablongend"]
    assert "Notes." in to_latex(df.head(3), "c", "tab:s").split(r"\end{tabular}", 1)[1]  # a float: under its tabular
