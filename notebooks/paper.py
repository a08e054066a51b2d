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

# %% [markdown]
# # Russia–Pakistan ties in Hindi news: frames, stance and voices
#
# *A reproducible content analysis. Every number below is read from the workflow's result
# tables when this notebook runs; none is typed by hand. Rebuild everything with `make`.*
#
# ## Research questions
#
# 1. **Frames.** Which aspects of the Russia–Pakistan relationship (military, counter-terrorism,
#    economy, diplomacy, regional stability, an India angle, great-power context) do Hindi outlets
#    make salient, and do outlets differ?
# 2. **Stance.** Do outlets portray Russia–Pakistan ties, and Russia–India ties, as growing and
#    valued or as limited and doubtful?
# 3. **Voices.** Whom do outlets let speak: Russian, Pakistani or Indian officials, other media, or
#    only their own narration?
# 4. **Headlines.** Do headlines frame the story differently from the body?
# 5. **Shared copy.** How much text do outlets share (wire copy) rather than write themselves?

# %% tags=["hide-input"]
import hashlib
import html
import platform
import subprocess
from importlib.metadata import version
from pathlib import Path

import pandas as pd
import yaml
from IPython.display import HTML, Image, Markdown, display

from analysis import catalog
from analysis.codebook import load_codebook
from analysis.stats import ALPHA_RELIABLE

ROOT = Path.cwd() if (Path.cwd() / "Snakefile").exists() else Path.cwd().parent
CONFIG = yaml.safe_load((ROOT / catalog.CONFIG_FILE).read_text(encoding="utf-8"))
RES = ROOT / CONFIG["paths"]["results"]
FIG = ROOT / CONFIG["paths"]["figures"]
CODEBOOK = load_codebook(str(ROOT / CONFIG["codebook"]))
pd.set_option("display.max_colwidth", 80)


def result(name: str) -> Path:
    """A workflow output, located by its name in the output catalogue."""
    return Path(catalog.result_path(RES, name))


def table(name: str) -> pd.DataFrame:
    return pd.read_csv(result(name), keep_default_na=False, na_values=[""])


def show(df: pd.DataFrame) -> None:
    """Show a table as HTML; pandas escapes every cell, so corpus text stays text."""
    display(HTML(df.to_html(index=False, escape=True, na_rep="–", float_format=lambda x: f"{x:.2f}")))


def figure(name: str) -> None:
    _, stem = catalog.figure_stems(name)[0]  # the paper's width
    display(Image(filename=str(FIG / f"{stem}.png"), width=720))
    caption = (FIG / f"{stem}.{catalog.CAPTION_SUFFIX}").read_text(encoding="utf-8").strip()
    display(Markdown(f"**Figure ({name}).** {html.escape(caption)}"))


def pct(x: float) -> str:
    return "–" if pd.isna(x) else f"{100 * x:.0f}%"


articles = pd.read_parquet(result("articles"))
units = pd.read_parquet(result("coded_units"))
coded_articles = pd.read_parquet(result("coded_articles"))
cleaning = pd.read_csv(result("cleaning_log"), keep_default_na=False)

# %% [markdown]
# ## Data
#
# The corpus is the five seed articles in `seeds/`, each listed in `seeds/manifest.csv`. The
# manifest records only what the text supports; where it is silent, the value extracted from the
# text is used, and `published_source` says which source won. A page-header date ("Mon. Dec 23rd,
# 2024") is the date the page was viewed, never a publication date.

# %%
corpus_table = articles.assign(
    date=articles["published"].replace("", "unknown"),
    units=articles["n_units"],
)[["doc_id", "outlet", "date", "published_source", "event", "title", "byline", "units", "status"]]
show(corpus_table)
n_ok = int((articles["status"] == "ok").sum())
display(Markdown(
    f"{len(articles)} documents were read, {n_ok} with status `ok`; cleaning and segmentation gave "
    f"{len(units)} units (sentences), of which {int((units['role'] == 'body').sum())} are body units."
))

# %% [markdown]
# Cleaning removed boilerplate by general rules (patterns plus position and shape), logging every
# removed line with its reason class:

# %%
removed = cleaning.groupby("reason").size().rename("lines removed").reset_index()
show(removed.sort_values(["lines removed", "reason"], ascending=[False, True]))

# %% [markdown]
# ## Method
#
# **Unit and variables.** The unit of analysis is the sentence, produced by a splitter written for
# this text (it ends sentences at । ? ! and ".", but not after initials such as "वी." and keeps
# closing quotation marks with their sentence). Each unit is coded for seven frames (multi-label),
# stance toward two targets, voice and speaker, following `config/codebook.yaml`:

# %%
show(pd.DataFrame(
    [{"id": f.id, "frame": f.label["en"], "हिंदी": f.label["hi"]} for f in CODEBOOK.frames]
))
show(pd.DataFrame(
    [{"target": t.id, "label": t.label["en"]} for t in CODEBOOK.targets]
))

# %% [markdown]
# **Coder.** One deterministic coder reads the codebook file: every cue pattern (Hindi and
# English, spelling variants unified by a matching form that ignores nukta, chandrabindu, nasal
# spelling and quote style) is compiled into one automaton. A frame applies when one of its cues
# occurs in the unit itself; stance needs both parties of the target to be named (or a pronoun
# that carries the previous unit's referent) and is decided by favour and against cues, a negation
# in the same clause turning a favour cue against. Voice comes from quotation marks (including
# quotations left open across sentences) and speech or attribution verbs; the speaker is the
# outer source of the attribution, and pronouns resolve to the last named speaker. Every decision
# keeps the cues that fired, with their character spans; `python -m analysis explain "<sentence>"`
# shows them for any sentence.
#
# **Validation.** Every unit of the five seeds was coded by hand (`annotations/reference.csv`)
# and compared with the coder (Krippendorff's alpha, nominal; precision, recall and F1; 95%
# bootstrap intervals over units). The coder's cues were written while reading all five seeds, so
# agreement on them measures in-sample fit, reported by document group (development 000–002,
# "held-out" 003–004) but not a test of validity.

# %% [markdown]
# ## Results
#
# ### Frames

# %%
fp = table("frame_profile")
top = fp.sort_values(["share", "outlet", "frame"], ascending=[False, True, True]).iloc[0]
overall = units[units["role"] == "body"]["frames"].str.split("|").explode()
overall = overall[overall != ""].value_counts(normalize=False) / int((units["role"] == "body").sum())
display(Markdown(
    f"Across all body units, the most frequent frame is **{overall.index[0]}** "
    f"({pct(overall.iloc[0])} of body units), followed by **{overall.index[1]}** "
    f"({pct(overall.iloc[1])}). The largest single share is {top['frame']} in {html.escape(top['outlet'])} "
    f"({pct(top['share'])} of its {int(top['n_units'])} body units). Each outlet here has one article, "
    "so the comparison is descriptive: no interval or test is reported."
))
figure("frame_profile")

# %% [markdown]
# ### Stance

# %%
sb = table("stance_balance")
show(sb[["outlet", "target", "favor", "against", "none", "balance", "note"]])
figure("stance_balance")

# %% [markdown]
# ### Voices and sources

# %%
vm = table("voice_mix")
quoted = vm.groupby("voice")["count"].sum()
display(Markdown(
    f"Of {int(quoted.sum())} body units, {int(quoted.get('quoted', 0))} carry direct quotation and "
    f"{int(quoted.get('reported', 0))} reported speech; the rest is the outlets' own narration."
))
figure("source_mix")

# %% [markdown]
# ### Headlines and bodies

# %%
gap = table("headline_body_gap")
show(gap[["doc_id", "outlet", "headline_frames", "body_dominant_frame", "dominant_in_headline",
          "headline_stance_ru_pk", "body_stance_ru_pk", "sensational_cues"]
         if "sensational_cues" in gap.columns else
         ["doc_id", "outlet", "headline_frames", "body_dominant_frame", "dominant_in_headline"]])
figure("headline_body")

# %% [markdown]
# ## Text reuse
#
# Shared passages are found with word 5-gram shingles on the matching form, so a quotation with
# different quotation marks still matches; passages are mapped back to the original text.

# %%
pairs = pd.read_csv(result("reuse_pairs"), keep_default_na=False)
passages = pd.read_csv(result("reuse_passages"), keep_default_na=False)
cross = pairs[pairs["scope"] == "cross-outlet"]
display(Markdown(
    f"{len(pairs)} article pairs share at least one passage ({len(cross)} across outlets), "
    f"with {len(passages)} shared passages in all."
))
show(passages[["doc_a", "doc_b", "scope", "n_tokens", "text_a", "text_b"]])
figure("reuse_matrix")

# %% [markdown]
# ## Reliability

# %%
rel = table("reliability")
alpha = rel[(rel["statistic"] == "alpha") & (rel["comparison"] == "coder-vs-ref1")]
wide = alpha.pivot_table(index="variable", columns="group", values="value", aggfunc="first")
show(alpha[["variable", "group", "value", "ci_low", "ci_high", "n", "band"]])
reliable = f"{ALPHA_RELIABLE:.3f}".removeprefix("0")  # Krippendorff's ".800"
for group in ["development", "held-out"]:
    sub = alpha[alpha["group"] == group]
    ok = sub[sub["band"] == "reliable"]
    display(Markdown(
        f"**{group}** ({int(sub['n'].max())} units): {len(ok)} of {len(sub)} variables reach "
        f"alpha ≥ {reliable}."
    ))
figure("reliability")

# %% [markdown]
# ## Limitations
#
# - **Five articles.** With one article per outlet, every outlet comparison is descriptive;
#   no p-value is reported, by design. The workflow reports tests only where at least five articles
#   per outlet allow them (see the COVID-19 corpus configuration).
# - **One reference coder.** Agreement is coder-versus-one-human; human–human reliability needs a
#   second coder (the annotation format accepts one).
# - **In-sample validation.** The cue lists were written while reading all five seeds, so the
#   "held-out" group is not a clean test; high agreement there is fit, not validity. An
#   out-of-sample check on 84 hand-coded units of a COVID-19 news corpus (run with
#   `--configfile config/corpora/covid5.yaml`; its figures are in the README, not here, because
#   that corpus is not part of this build) shows that the diplomacy, regional and geopolitics cues
#   and speaker attribution do not yet generalise.
# - **What the design cannot say.** Salience of a frame is counted from words, not from
#   emphasis or placement beyond the headline; stance is the portrayal in a sentence, not the
#   outlet's editorial position; two outlets' texts are not known.

# %% [markdown]
# ## Reproducibility

# %%
def commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False)
        return out.stdout.strip() or "not a git checkout"
    except OSError:
        return "git not available"


inputs = sorted((ROOT / CONFIG["corpus"]["input"]).glob("*.txt"))
show(pd.DataFrame({
    "input": [p.name for p in inputs],
    "sha256": [hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in inputs],
}))
packages = ["pandas", "numpy", "pyarrow", "matplotlib", "snakemake", "krippendorff", "scipy", "datasketch"]
show(pd.DataFrame({"package": packages, "version": [version(p) for p in packages]}))
display(Markdown(
    f"Commit `{commit()}`; codebook `{html.escape(CODEBOOK.name)}` version `{CODEBOOK.version}`; "
    f"Python {platform.python_version()}; random seed {CONFIG['statistics']['seed']}."
))
