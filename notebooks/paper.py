# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% tags=["hide-input"]
# One template for every corpus: the workflow's `paper` rule runs it with the corpus's
# resolved config (the path in $HMA_CONFIG; opened by hand, the seed study's build).
# Every count, outlet, date and label below is computed from the outputs; what only one
# study can say comes from the Markdown file its config names (`paper.study_prose`).
import hashlib
import html
import json
import os
import platform
import subprocess
from importlib.metadata import version
from pathlib import Path

import pandas as pd
from IPython.display import Image, Markdown, display

from analysis import catalog, settings
from analysis.compare import MIN_ARTICLES, UNKNOWN_OUTLET, known_outlet, outlet_labels, stanced_targets
from analysis.labels import Labels, codebook_labels, codebook_outline
from analysis.latex import table_columns
from analysis.notebook import CONFIG_ENV
from analysis.paper_pdf import table_latex
from analysis.paper_style import FIGURE_WIDTH_PX, keep_whole
from analysis.paper_text import (
    EXCERPT_WORDS,
    agree,
    by_status,
    codebook_fit,
    date_span,
    excerpt,
    figure_samples,
    frames_named,
    grouped_sources,
    headline_units,
    join_words,
    limit_of_tests,
    plural,
    read_prose,
    reuse_scopes,
    silent_targets,
    spoken_gaps,
    stance_spoken,
)
from analysis.reference import natural_key, unmatched
from analysis.reliability_summary import between_coders, group_samples, read_summary, summarise, wide_each
from analysis.reuse import passages_to_show
from analysis.stats import ALPHA_RELIABLE
from analysis.tables import REUSE_SCOPES, restore_formulas
from analysis.vocab import STATUS_MANIFEST, STATUS_OK

ROOT = Path.cwd() if (Path.cwd() / "Snakefile").exists() else Path.cwd().parent
CONFIG_JSON = Path(os.environ.get(CONFIG_ENV) or catalog.result_path("results", "config"))
CONFIG = json.loads((ROOT / CONFIG_JSON).read_text(encoding="utf-8"))
RES = ROOT / CONFIG["paths"]["results"]
FIG = ROOT / CONFIG["paths"]["figures"]
CODEBOOK = codebook_outline(ROOT / CONFIG["codebook"])  # its names and labels; the build checked the file
LANG = CONFIG["figures"]["lang"]
LABELS = Labels(LANG, codebook_labels(CODEBOOK, LANG))  # what a reader sees in place of ids
PROSE = read_prose(ROOT / p if (p := (CONFIG["paper"] or {}).get("study_prose")) else None)
pd.set_option("display.max_colwidth", 80)
MAX_ROWS = 20  # longer tables are summarised, so a large corpus still gives a readable paper


def result(name: str) -> Path:
    """A workflow output, located by its name in the output catalogue."""
    return Path(catalog.result_path(RES, name))


def table(name: str) -> pd.DataFrame:
    """A table as the corpus gave its text (the CSV carries a ' before formula-like cells)."""
    return restore_formulas(pd.read_csv(result(name), keep_default_na=False, na_values=[""]))


def show(df: pd.DataFrame, ids: bool = False) -> None:
    """Show a table as HTML; pandas escapes every cell, so corpus text stays text.

    Unless the table is there to show the ids (`ids=True`), its columns are the ones the LaTeX
    tables and the README print (`table_columns`): labels for codebook ids, an estimate joined to
    its interval, p below 0.001 as "<0.001", notes as letters listed under the table. A line may
    break after an underscore (`<wbr>`), so long ids wrap instead of widening the page, but never
    inside a date, a hyphenated id with digits or an interval (`keep_whole`); the PDF
    gets the same table as LaTeX.
    """
    notes: list[str] = []
    names: list[int] = []  # columns of outlet names: whole in the PDF when the line has room
    if not ids and not isinstance(df.columns, pd.MultiIndex):  # a two-level header is already for people
        columns, notes = table_columns(df, LABELS)
        df = pd.DataFrame({c.head: list(c.cells) for c in columns})
        names = [i for i, c in enumerate(columns) if c.kind == "name"]
    text = keep_whole(df.to_html(index=False, escape=True, na_rep="–", float_format=lambda x: f"{x:.2f}"))
    latex = table_latex(df, names=names)
    bundle = {"text/html": text.replace("_", "_<wbr>"), "text/latex": latex, "text/plain": f"{len(df)} rows"}
    display(bundle, raw=True)  # the HTML page shows the first, the PDF the second
    if notes:
        say(f"*Notes.* {'; '.join(notes)}.")


def say(text: str) -> None:
    display(Markdown(text))


def prose(section: str) -> None:
    """The study's own text for this place in the paper, if it has any."""
    if PROSE.get(section):
        say(PROSE[section])


def figure(name: str) -> None:
    """A figure at the page's width: its two-column export where there is one, else half as wide.

    Same physical width, same pixel width: type is the same size in every figure of the page.
    """
    stems = dict(catalog.figure_stems(name))
    width, stem = ("two", stems["two"]) if "two" in stems else next(iter(stems.items()))
    pixels = FIGURE_WIDTH_PX if width == "two" else FIGURE_WIDTH_PX // 2
    display(Image(filename=str(FIG / f"{stem}.png"), width=pixels))
    caption = (FIG / f"{stem}.{catalog.CAPTION_SUFFIX}").read_text(encoding="utf-8").strip()
    say(f"**Figure ({name}).** {html.escape(caption)}")


def pct(x: float) -> str:
    """A share as a whole percentage; a share above 0 that rounds to 0 is "<1%", not "0%"."""
    if pd.isna(x):
        return "–"
    return "<1%" if 0 < x < 0.005 else f"{100 * x:.0f}%"


def code(text: object) -> str:
    return f"`{html.escape(str(text))}`"


# only the columns this paper reads: the texts and the coding of 100k articles take gigabytes
ARTICLE_FIELDS = ["doc_id", "source_path", "outlet", "title", "byline", "published", "published_source"]
articles = pd.read_parquet(result("articles"), columns=[*ARTICLE_FIELDS, "event", "n_units", "status"])
ok = articles[articles["status"] == STATUS_OK].assign(outlet=outlet_labels)
TARGET_IDS = [t.id for t in CODEBOOK.targets]
units = pd.read_parquet(
    result("coded_units"), columns=["role", "frames", *(f"{k}_{t}" for t in TARGET_IDS for k in ("about", "stance"))]
)
cleaning = pd.read_csv(result("cleaning_log"), keep_default_na=False)
sample = table("sample")
tests = table("tests")
per_outlet = ok.groupby("outlet").size()
OUTLETS = sorted(o for o in per_outlet.index if known_outlet(o))  # the unknown-outlet group is not one
N_UNKNOWN = int(per_outlet.get(UNKNOWN_OUTLET, 0))
TESTED = bool(tests["p_value"].notna().any())
REFERENCE_FILE = settings.reference_file(CONFIG)  # filled sheets joined by the workflow, or the reference
HAS_REFERENCE = bool(REFERENCE_FILE)
body = units[units["role"] == "body"]
# per target: body units that speak of it, favor, against (a corpus on another topic: all zero)
SPOKEN = {
    t.label.get("en", t.id): (
        int(body[f"about_{t.id}"].sum()),
        int((body[f"stance_{t.id}"] == "favor").sum()),
        int((body[f"stance_{t.id}"] == "against").sum()),
    )
    for t in CODEBOOK.targets
}
SPOKEN_ANY = int(sum(units[f"about_{t}"].sum() for t in TARGET_IDS))  # headlines too
SPOKEN_IDS = [t for t in TARGET_IDS if units[f"about_{t}"].any()]  # targets some unit (headlines too) speaks of
# targets some unit takes a stance toward: of the others, every headline and body says "none"
STANCED_IDS = stanced_targets(units, TARGET_IDS)
NO_FRAME = int((body["frames"].fillna("") == "").sum())
TITLE = PROSE.get("title") or f"News coverage in the {CONFIG['corpus']['name']} corpus: frames, stance and voices"
say(f"# {html.escape(TITLE)}")

# %% [markdown]
# *A reproducible content analysis. Every number below is read from the workflow's result
# tables when this notebook runs; none is typed by hand. The configuration it ran with is
# the `config.json` beside the results; rebuild everything with Snakemake and that config.*

# %% tags=["hide-input"]
if "questions" in PROSE:
    prose("questions")
else:
    # one outlet is no comparison: "how 1 outlet … frame their stories … how much text the outlets share"
    one = len(OUTLETS) == 1
    say(
        (
            f"This paper describes how the one outlet of the corpus {code(CONFIG['corpus']['name'])}, "
            f"{html.escape(OUTLETS[0])}, frames its stories, what stance it takes toward "
            if one
            else f"This paper describes how {plural(len(OUTLETS), 'outlet')} in the corpus "
            f"{code(CONFIG['corpus']['name'])} frame their stories, what stance they take toward "
        )
        + f"{join_words(t.label.get('en', t.id) for t in CODEBOOK.targets)}"
        + silent_targets({t.label.get("en", t.id): t.id in SPOKEN_IDS for t in CODEBOOK.targets})
        + f", whom {'it lets' if one else 'they let'} speak, whether headlines say what the bodies say, and how "
        + ("much text its articles share with each other" if one else "much text the outlets share")
        + f", following the codebook {code(CODEBOOK.name)}."
    )

# %% [markdown]
# ## Data

# %% tags=["hide-input"]
corpus = CONFIG["corpus"]
listed = f", each listed in {code(corpus['manifest'])}" if corpus.get("manifest") else ""
when = date_span(ok["published"])
undated = int((ok["published"].fillna("") == "").sum())
dates = (
    f"published {when}" + (f" ({plural(undated, 'article')} without a known date)" if undated else "")
    if when
    else "with no publication date known"
)
sources = [
    f"{plural(len(OUTLETS), 'outlet')} ({html.escape(join_words(OUTLETS))})" if OUTLETS else "",
    f"{plural(N_UNKNOWN, 'article')} of {UNKNOWN_OUTLET}" if N_UNKNOWN else "",
]
say(
    f"The corpus is {plural(len(ok), 'article')} read from {code(corpus['input'])}{listed}, from "
    f"{' and '.join(x for x in sources if x)}, {dates}."
)
prose("data")

# %% tags=["hide-input"]
if len(articles) <= MAX_ROWS:
    corpus_table = articles.assign(
        date=articles["published"].replace("", "unknown"),
        units=articles["n_units"],
    )[["doc_id", "outlet", "date", "published_source", "event", "title", "byline", "units", "status"]]
    # a corpus without events or bylines: the empty columns took the room its titles needed
    show(
        corpus_table.drop(
            columns=[
                c for c in ("event", "byline") if not corpus_table[c].fillna("").astype(str).str.strip().ne("").any()
            ]
        )
    )
else:
    show(sample)
# a document that is not `ok` is named by its status, so a reader sees what each input became; a
# headline-only document still has its headline coded, so it is not called "not coded"
not_ok = articles.loc[articles["status"] != STATUS_OK, "status"].value_counts()
INTAKE = code(catalog.result_path(CONFIG["paths"]["results"], "intake"))  # every file and its reason
left_out = (
    f"; the other {len(articles) - len(ok)} {agree(len(articles) - len(ok), 'has', 'have')} another status ("
    + by_status(
        not_ok,
        {"headline-only": " (their headlines are coded)", "duplicate": " (a text its outlet has twice: counted once)"},
    )
    + f"; {INTAKE} gives each file's reason)"
    if len(not_ok)
    else ""
)
say(
    f"{plural(len(articles), 'document')} {agree(len(articles), 'was', 'were')} read, {len(ok)} with status `ok`"
    f"{left_out}; cleaning and segmentation "
    f"gave {plural(len(units), 'unit')} (sentences), of which {int((units['role'] == 'body').sum())} are body units."
)
# the data table sets headline units beside articles: say why they differ (a headline of two sentences)
HEADLINES = table("headline_body_gap")["n_headline_units"]
if headline_units(HEADLINES):
    say(headline_units(HEADLINES))
# a file that made no document (a format not read, a name the layout skips) is only in the intake
# table; the paper names how many, so every input is accounted for here too
intake = pd.read_csv(result("intake"), keep_default_na=False, usecols=["doc_id", "status"], dtype=str)
unread = intake.loc[(intake["doc_id"] == "") & (intake["status"] != STATUS_MANIFEST), "status"].value_counts()
if len(unread):
    n_unread = int(unread.sum())
    say(
        f"{plural(n_unread, 'other file')} {agree(n_unread, 'was', 'were')} found but not read as "
        f"{agree(n_unread, 'an article', 'articles')} ("
        + by_status(unread)
        + f"); {INTAKE} names {agree(n_unread, 'it', 'each')}."
    )

# %% tags=["hide-input"]
removed = cleaning.groupby("reason").size().rename("lines removed").reset_index()
if len(removed):
    say(
        "Cleaning removed boilerplate by general rules (patterns plus position and shape), logging every "
        f"removed line with its reason class ({plural(len(cleaning), 'line')} in all):"
    )
    show(removed.sort_values(["lines removed", "reason"], ascending=[False, True]))
else:
    say("Cleaning found no boilerplate line to remove (the rules look at patterns, position and shape).")

# %% [markdown]
# ## Method

# %% tags=["hide-input"]
say(
    "**Unit and variables.** The unit of analysis is the sentence, produced by a splitter written for "
    'this text (it ends sentences at । ? ! and ".", but not after initials such as "वी." and keeps '
    "closing quotation marks with their sentence). Each unit is coded for "
    f"{plural(len(CODEBOOK.frames), 'frame')} (multi-label), stance toward "
    f"{plural(len(CODEBOOK.targets), 'target')}, voice and speaker, following {code(CONFIG['codebook'])}:"
)
show(
    pd.DataFrame(
        [{"id": f.id, "frame": f.label.get("en", f.id), "हिंदी": f.label.get("hi", "")} for f in CODEBOOK.frames]
    ),
    ids=True,
)
show(pd.DataFrame([{"target": t.id, "label": t.label.get("en", t.id)} for t in CODEBOOK.targets]), ids=True)

# %% [markdown]
# **Coder.** One deterministic coder reads the codebook file: every cue pattern (Hindi and
# English, spelling variants unified by a matching form that ignores nukta, chandrabindu, nasal
# spelling and quote style) is compiled into one automaton. A frame applies when one of its cues
# occurs in the unit itself. Stance toward a pair needs both parties in view: named (countries,
# demonyms, capitals, short forms, leaders and officials from the gazetteer), or carried over in the
# article ("दोनों देश", a pronoun); it is decided by families of relationship predicates (growth,
# agreement, supply, welcome … against cancellation, refusal, strain, warning …), with negation
# scope, contrast (the main clause decides) and one tie rule. Voice comes from quotation marks
# (including quotations spanning several sentences) and speech or attribution verbs and speech
# acts; the speaker is the outer source of the attribution, resolved by name or by role (a
# country's minister, spokesperson or envoy) to a side, and pronouns resolve to the last named
# speaker; an attributed unit whose speaker cannot be resolved is `unknown`. Every decision
# keeps the cues that fired, with their character spans; `python -m analysis explain "<sentence>"`
# shows them for any sentence.

# %% tags=["hide-input"]
prose("method")
if HAS_REFERENCE:
    reference = pd.read_csv(ROOT / REFERENCE_FILE, dtype=str, keep_default_na=False)
    coders = sorted(set(reference["coder"]), key=natural_key)
    n_units = len(reference[["doc_id", "unit_id"]].drop_duplicates())
    say(
        f"**Validation.** {plural(n_units, 'unit')} of {plural(reference['doc_id'].nunique(), 'document')} "
        f"{agree(n_units, 'was', 'were')} coded by hand ({code(REFERENCE_FILE)}; "
        f"{plural(len(coders), 'coder')}: {join_words(coders)}) and compared with the coder (Krippendorff's alpha, "
        "nominal; precision, recall and F1; 95% bootstrap intervals over units), by document group."
    )
    coded_text = pd.read_parquet(  # only the hand-coded documents' units: a large corpus stays unread
        result("coded_units"),
        columns=["doc_id", "unit_id", "text"],  # unit_id: each row is first compared with its own unit
        filters=[("doc_id", "in", sorted(set(reference["doc_id"])))],
    )
    lost = unmatched(reference, coded_text)
    if len(lost):  # a corrected article or a dropped document: say so, not only fewer units below
        units_lost = lost[["doc_id", "unit_id"]].drop_duplicates()
        named = join_words(f"{d} unit {u}" for d, u in units_lost.head(5).itertuples(index=False))
        say(
            f"{plural(len(units_lost), 'hand-coded unit').capitalize()} ({plural(len(lost), 'row')}) "
            f"{agree(len(units_lost), 'matches', 'match')} no unit of this build and {agree(len(units_lost), 'is', 'are')} "
            "left out of the agreement figures: the document is missing or its text changed after the coding "
            f"sheet was drawn ({html.escape(named)}{' …' if len(units_lost) > 5 else ''}; status `reference_only` "
            f"in {code(catalog.result_path(CONFIG['paths']['results'], 'alignment'))})."
        )
    prose("validation")
else:
    sheet = pd.read_csv(result("coding_sheet"), dtype=str, keep_default_na=False)
    say(
        "**Validation.** No unit of this corpus has been coded by hand, so the coder's agreement with human "
        f"coders is not measured here; a sample of {plural(len(sheet), 'unit')} to code is ready in "
        f"{code(catalog.result_path(CONFIG['paths']['results'], 'coding_sheet_xlsx'))}, with a guide beside it."
    )

# %% [markdown]
# ## Results
#
# ### Frames

# %% tags=["hide-input"]
fp = table("frame_profile")
top = fp.sort_values(["share", "outlet", "frame"], ascending=[False, True, True]).iloc[0]
overall = body["frames"].str.split("|").explode()
overall = overall[overall != ""].value_counts(normalize=False) / max(len(body), 1)
most = frames_named(((f, pct(s)) for f, s in overall.head(2).items()), lambda f: LABELS.of("frame", f))
fewest = int(per_outlet.min()) if len(per_outlet) else 0
small = (
    (
        f"Each outlet here has {plural(fewest, 'article')}"
        if per_outlet.nunique() == 1
        else f"Outlets have {plural(fewest, 'article')} or more"
    )
    if len(per_outlet)
    else "No outlet has articles"
)
# one outlet with enough articles is not a comparison: "outlets have 1 article or more, fewer
# than the 5 a test needs" was false of that outlet
big = [o for o in OUTLETS if per_outlet[o] >= MIN_ARTICLES]
if len(big) == 1:
    small = (
        f"Only {html.escape(big[0])} has {plural(MIN_ARTICLES, 'article')} or more, "
        "and a test compares at least two such outlets"
    )
elif big:
    small = (
        f"{html.escape(join_words(big))} have {plural(MIN_ARTICLES, 'article')} or more, "
        "but no test between them could be computed (nothing they code varies)"
    )
few = small if big else f"{small}, fewer than the {MIN_ARTICLES} a test needs"
if len(per_outlet) == 1:  # one outlet: "each outlet here", "only X has …" spoke of others there are not
    small = few = (
        f"The corpus has one outlet, {html.escape(str(per_outlet.index[0]))} "
        f"({plural(int(per_outlet.iloc[0]), 'article')}), and a test compares at least two"
    )
say(
    (
        f"Across all body units, the most frequent frame is {most[0]}"
        + (f", followed by {most[1]}" if len(most) > 1 else "")
        + ". "
        + (
            f"{NO_FRAME} of the {len(body)} body units ({pct(NO_FRAME / len(body))}) {agree(NO_FRAME, 'carries', 'carry')} none. "
            if NO_FRAME
            else ""
        )
        if most
        else "No body unit carries a frame. "
    )
    + (  # with no frame anywhere every share is 0: naming a "largest" one would say a frame was found
        f"The largest single share is {html.escape(LABELS.of('frame', top['frame']))} in {html.escape(str(top['outlet']))} "
        f"({pct(top['share'])} of its {int(top['n_units'])} body units). "
        if top["share"] > 0
        else ""
    )
    + (
        f"Outlets with at least {plural(MIN_ARTICLES, 'article')} are compared by test (below)."
        if TESTED
        # an outlet of 5 articles or more has its intervals even when no test can be run
        else f"{few}, so no test is reported"
        + (
            f"; the 95% intervals describe {html.escape(join_words(big))} "
            + ("alone." if len(big) == 1 else "each alone.")
            if big
            else ": the shares are descriptive, with no interval."
        )
    )
)
figure("frame_profile")
if TESTED:
    show(tests[tests["p_value"].notna()][["variable", "test", "n_outlets", "n_articles", "p_value", "cramers_v"]])

# %% [markdown]
# ### Stance

# %% tags=["hide-input"]
sb = table("stance_balance")
say(stance_spoken(SPOKEN, len(body)))
show(sb[["outlet", "target", "favor", "against", "none", "balance", "ci_low", "ci_high", "note"]])
figure("stance_balance")

# %% [markdown]
# ### Voices and sources

# %% tags=["hide-input"]
vm = table("voice_mix")
quoted = vm.groupby("voice")["count"].sum()
say(
    f"Of {plural(int(quoted.sum()), 'body unit')}, {int(quoted.get('quoted', 0))} "
    f"{agree(int(quoted.get('quoted', 0)), 'carries', 'carry')} direct quotation and "
    f"{int(quoted.get('reported', 0))} reported speech; the rest is the "
    + ("outlet's" if len(OUTLETS) == 1 else "outlets'")
    + " own narration."
)
figure("source_mix")

# %% [markdown]
# ### Headlines and bodies

# %% tags=["hide-input"]
gap = table("headline_body_gap")
n_headed = int((gap["n_headline_units"] > 0).sum())
if len(gap):  # shares of articles beside counts of units: say which is which
    say(
        "Shares are of articles, not units: "
        + (f"all {len(gap)}" if n_headed == len(gap) > 1 else f"{n_headed} of the {len(gap)}")
        + f" {agree(len(gap), 'coded article', 'coded articles')} {agree(n_headed, 'has', 'have')} a headline "
        "unit, each counted once however many sentences its headline has"
        + ("" if len(gap) <= MAX_ROWS else " (the table's units are those sentences)")
        + "; whether the headline carries the body's dominant frame is asked only of articles whose body has one."
    )
# the headline → body column of the first target some unit takes a stance toward ("none → none" in every
# row of the others)
first_target = [f"{side}_stance_{t}" for side in ("headline", "body") for t in STANCED_IDS[:1]]
columns = [
    "doc_id",
    "outlet",
    "headline_frames",
    "body_dominant_frame",
    "dominant_in_headline",
    *first_target,
    "sensational_cues",
]
if len(gap) <= MAX_ROWS:
    show(gap[[c for c in columns if c in gap.columns]])
else:  # no row on the stance of a target no unit takes a stance toward: 0.00 [0.00, 0.00] by construction
    by_outlet = table("headline_body_by_outlet")
    show(by_outlet[spoken_gaps(by_outlet["measure"], (t for t in TARGET_IDS if t not in STANCED_IDS))])
    silent = [LABELS.of("target", t) for t in TARGET_IDS if t not in STANCED_IDS]
    if silent:
        say(
            f"No row is printed for headline–body stance differences toward {html.escape(join_words(silent, 'or'))}: "
            f"no unit takes a stance toward {agree(len(silent), 'it', 'them')}, so every such share is 0 by "
            "construction."
        )
figure("headline_body")

# %% [markdown]
# ## Text reuse

# %% tags=["hide-input"]
pairs = pd.read_csv(result("reuse_pairs"), keep_default_na=False, usecols=["scope"])
n_passages, passages = passages_to_show(result("reuse_passages"), MAX_ROWS)  # the file can be gigabytes
say(
    f"Shared passages are found with word {CONFIG['reuse']['ngram']}-gram shingles on the matching form, so a "
    "quotation with different quotation marks still matches; passages are mapped back to the original text. "
    + (  # none: "0 article pairs share at least one passage (0 across outlets), with 0 shared passages in all"
        f"{plural(len(pairs), 'article pair')} {agree(len(pairs), 'shares', 'share')} at least one passage "
        f"({reuse_scopes(*(int((pairs['scope'] == s).sum()) for s in REUSE_SCOPES))}), "
        f"with {plural(n_passages, 'shared passage')} in all"
        if len(pairs)
        else "No article pair shares a passage"
    )
    + (f"; the {MAX_ROWS} longest are shown" if n_passages > MAX_ROWS else "")
    + (
        f", each by its first {EXCERPT_WORDS} words in both articles "
        f"({code(catalog.result_path(CONFIG['paths']['results'], 'reuse_passages'))} holds every passage whole)."
        if n_passages
        else "."  # no passage: no excerpts to announce, no empty table
    )
)
if n_passages:
    shown = passages[["doc_a", "doc_b", "scope", "n_tokens", "text_a", "text_b"]].copy()
    shown[["text_a", "text_b"]] = shown[["text_a", "text_b"]].map(excerpt)
    show(shown)
figure("reuse_matrix")

# %% [markdown]
# ## Reliability

# %% tags=["hide-input"]
VALIDATION = CONFIG["validation"] or {}
EXTERNAL_FILES = list(VALIDATION.get("external", []))
EXTERNAL = [read_summary(ROOT / p) for p in EXTERNAL_FILES]
reliable = f"{ALPHA_RELIABLE:.3f}".removeprefix("0")  # Krippendorff's ".800"
if HAS_REFERENCE or EXTERNAL:
    rel = table("reliability") if HAS_REFERENCE else None
    own = []
    if HAS_REFERENCE:
        groups = list(dict.fromkeys(rel["group"]))
        samples = group_samples(groups, bool(VALIDATION.get("development_docs")), VALIDATION["heldout_sample"])
        own = [summarise(rel, CONFIG["corpus"]["name"], samples, VALIDATION["development_coders"])]
    # other samples' in-sample rows (read while rules were tuned) are fit, not validity: they are
    # named with their file instead of a table each, so the tables left are the evidence
    tuned = {p: list(s.loc[s["sample"] == "in-sample", "source"].unique()) for p, s in zip(EXTERNAL_FILES, EXTERNAL)}
    summary = pd.concat([*own, *(s[s["sample"] != "in-sample"] for s in EXTERNAL)], ignore_index=True)
    say(
        "Agreement of the coder with hand coding, per variable: Krippendorff's alpha and the task measure "
        "(F1 per frame, macro-F1 over the frames, F_avg for stance, accuracy for voice and speaker), each with "
        "its 95% bootstrap interval over units. **In-sample**: the coder's cues were written or tuned while "
        "reading these units, so agreement is fit. **Out-of-sample**: coded by people who never saw the coder, "
        "on units its author never read: the estimate of validity."
    )
    # one table per sample: side by side, six samples made a table too wide to print or read
    tables = wide_each(summary)
    for (source, sample), sub in summary.groupby(["source", "sample"], sort=False):
        # out of the variables that have an alpha: "1 of 13" counted ten undefined ones as failing
        alphas = sub.loc[sub["variable"] != "frames", "alpha"].dropna()
        n_ok = int((alphas >= ALPHA_RELIABLE).sum())
        say(
            f"**{html.escape(str(source))}, {sample}** ({plural(int(sub['n'].max()), 'unit')}): {n_ok} of "
            f"the {plural(len(alphas), 'variable')} with a defined alpha {agree(n_ok, 'reaches', 'reach')} "
            f"alpha ≥ {reliable}."
        )
        show(tables[source, sample], ids=True)  # its cells and headers are labels already
    if any(tuned.values()):
        say(
            "Not printed: "
            + "; ".join(
                f"{plural(len(sources), 'in-sample comparison')} ({html.escape(grouped_sources(sources))}) in {code(p)}"
                for p, sources in tuned.items()
                if sources
            )
            + ". Those units were read while rules were tuned, so their agreement is fit; the file gives every "
            "variable with its interval."
        )
    if HAS_REFERENCE:
        people = between_coders(rel, "all" if "all" in set(rel["group"]) else next(iter(samples)))
        if not people.empty:  # two or more people coded the same units: their own agreement
            say(
                "**Hand coders with each other** (the same units, coded independently): Krippendorff's alpha "
                "and the share of units on which they agree, per variable."
            )
            show(people, ids=True)
        figure("reliability")
        compared = [c.removeprefix("coder-vs-") for c in dict.fromkeys(rel["comparison"]) if c.startswith("coder-vs-")]
        read = sorted((c for c in compared if c in VALIDATION["development_coders"]), key=natural_key)
        say(figure_samples(code(CONFIG["corpus"]["name"]), samples.values(), read))
else:
    say("Not measured: this corpus has no hand coding yet (see Validation above).")

# %% [markdown]
# ## Limitations

# %% tags=["hide-input"]
unnamed = int((ok["outlet"].fillna("") != articles.loc[ok.index, "outlet"].fillna("")).sum())
limits = [
    f"- **{plural(len(ok), 'article').capitalize()}.** "
    + (
        limit_of_tests({o: int(per_outlet[o]) for o in OUTLETS}, MIN_ARTICLES)
        if TESTED
        else f"{small}, so "
        + ("nothing is compared between outlets" if len(per_outlet) == 1 else "every outlet comparison is descriptive")
        + "; no p-value is reported, by design. The workflow "
        f"reports tests only where at least {plural(MIN_ARTICLES, 'article')} per outlet allow them."
    ),
]
if HAS_REFERENCE:
    coders = sorted(
        {c.removeprefix("coder-vs-") for c in rel["comparison"] if c.startswith("coder-vs-")}, key=natural_key
    )
    if len(coders) == 1:
        limits.append(
            "- **One reference coder.** Agreement is coder-versus-one-human; human–human reliability "
            "needs a second coder (the annotation format accepts one)."
        )
else:
    limits.append(
        "- **No validation.** The frames, stance, voices and speakers above are the coder's and have "
        "not been checked against human coding of this corpus."
    )
limits.append(codebook_fit(NO_FRAME, len(body), SPOKEN_ANY, CODEBOOK.name))
say("\n".join(x for x in limits if x))
prose("limitations")
say(
    "- **What the design cannot say.** Salience of a frame is counted from words, not from emphasis or "
    "placement beyond the headline; stance is the portrayal in a sentence, not the outlet's editorial position"
    + (f"; the outlet of {plural(unnamed, 'article')} is not known." if unnamed else ".")
)
prose("discussion")

# %% [markdown]
# ## Reproducibility


# %% tags=["hide-input"]
def commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False)
        return out.stdout.strip() or "not a git checkout"
    except OSError:
        return "git not available"


input_dir = ROOT / CONFIG["corpus"]["input"]
inputs = sorted({p for p in (input_dir / s for s in articles["source_path"].dropna().unique()) if p.is_file()})
digests = pd.DataFrame(
    {
        "input": [p.relative_to(input_dir).as_posix() for p in inputs],
        "sha256": [hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in inputs],
    }
)
if len(digests) <= MAX_ROWS:
    show(digests)
else:
    joint = hashlib.sha256("".join(f"{d}  {i}\n" for i, d in digests.itertuples(index=False)).encode()).hexdigest()
    say(f"{plural(len(digests), 'input file')}; sha256 of their sorted `sha256  path` list: `{joint[:16]}`.")
packages = ["pandas", "numpy", "pyarrow", "matplotlib", "snakemake", "krippendorff", "scipy", "datasketch"]
show(pd.DataFrame({"package": packages, "version": [version(p) for p in packages]}))
say(
    f"Commit `{commit()}`; codebook `{html.escape(CODEBOOK.name)}` version `{CODEBOOK.version}`; "
    f"Python {platform.python_version()}; random seed {CONFIG['statistics']['seed']}."
)
