"""One corpus, one config: validated, completed from the schema's defaults, and owning its outputs.

A config describes one corpus completely. Nothing is inherited from the seed study's
`config/config.yaml` (the Snakefile reads that file only when no `--configfile` is given),
so a second corpus cannot pick up the seeds' hand coding or paper by accident. What a
config leaves out comes from the `default` of the schema (`analysis/schemas/config.schema.json`),
filled in here and nowhere else; the resolved config is written to `<results>/config.json`
and is what the paper reads.

Each results root holds a marker file (`.corpus`, the corpus name), so a config whose
`paths.results` is another corpus's folder is refused before any job runs instead of
silently overwriting that corpus's outputs.

Every problem is a `UserError` whose message names the key or file and the fix; the
Snakefile prints it on one line and exits 1 (`exit_on_user_error`).

Imports stay light (standard library, yaml, jsonschema): the Snakefile calls this while parsing.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from analysis import catalog
from analysis.errors import UserError

MARKER = ".corpus"  # in each output root: the name of the corpus that owns it
RENAMED = {"notebook": "paper"}  # old key -> its new name, for a helpful message


def schema() -> dict:
    """The config schema shipped in the package."""
    return json.loads(catalog.schema_resource("config").read_text(encoding="utf-8"))


def with_defaults(value: object, node: Mapping) -> object:
    """A copy of `value` with every missing key that has a schema `default` filled in, at any depth.

    >>> s = {"type": "object", "properties": {"a": {"default": 1},
    ...      "b": {"type": "object", "default": {}, "properties": {"c": {"default": 2}}}}}
    >>> with_defaults({}, s)
    {'a': 1, 'b': {'c': 2}}
    >>> with_defaults({"b": None}, s)
    {'b': None, 'a': 1}
    """
    if not isinstance(value, dict):
        return copy.deepcopy(value)
    props = node.get("properties", {})
    out = {k: with_defaults(v, props.get(k, {})) for k, v in value.items()}
    for key, sub in props.items():
        if key not in out and "default" in sub:
            out[key] = with_defaults(copy.deepcopy(sub["default"]), sub)
    return out


def _where(path: list) -> str:
    return ".".join(str(p) for p in path) or "the top level"


def _message(error) -> str:
    """One config problem, in words that name the key and the fix."""
    where = _where(list(error.absolute_path))
    if error.validator == "additionalProperties":
        known = sorted(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(known))
        hints = [f"'{k}' is now called '{RENAMED[k]}'" for k in extra if k in RENAMED]
        return (
            f"unknown key {', '.join(repr(k) for k in extra)} at {where}; the keys allowed there are "
            f"{', '.join(known)}. Fix: correct the spelling or delete it" + (f" ({'; '.join(hints)})" if hints else "")
        )
    if error.validator == "required":
        missing = error.message.split("'")[1]
        key = f"{where}.{missing}" if error.absolute_path else missing
        return (
            f"required key '{key}' is missing. Fix: add it (`python -m analysis init DIR` writes a "
            f"complete config to start from)"
        )
    return f"{where}: {error.message}. Fix: see {catalog.schema_path('config')}"


def problems(cfg: object) -> list[str]:
    """Every way `cfg` breaks the schema, one message each, in a stable order."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(cfg), key=lambda e: (list(map(str, e.absolute_path)), e.validator))
    return [_message(e) for e in errors]


def resolve(cfg: Mapping, source: str = "the config") -> dict:
    """The complete config: checked against the schema, defaults filled, derived paths set.

    `paths.figures` defaults to `<results>/figures` (the catalogue's place for figures), so
    a corpus's outputs all live under its own results root unless it says otherwise.
    """
    found = problems(dict(cfg))
    if found:
        raise UserError(f"{source}: " + "\n".join(found))
    out = with_defaults(dict(cfg), schema())
    paths = out["paths"]
    paths.setdefault("figures", catalog.result_path(paths["results"], "figures"))
    validation = out.get("validation")
    if validation is not None and not validation.get("reference") and not validation.get("sheets"):
        raise UserError(
            f"{source}: validation has neither 'reference' (a hand-coded reference CSV) nor 'sheets' "
            "(filled coding sheets). Fix: name one of them, or write `validation: null`"
        )
    check_outlet_home(out, Path("."), source)
    return out


def check_outlet_home(cfg: Mapping, root: Path, source: str = "the config") -> None:
    """Refuse a `corpus.outlet_home` entry that could never apply, before any job runs.

    A country the codebook does not know as a state would side speakers with no actor, and
    an outlet name that matches no outlet of the corpus (a typo, another spelling) would
    silently leave that outlet's speakers with the corpus-wide home. Only a config that sets
    the key loads its codebook here (the Snakefile calls this while parsing).
    """
    homes = cfg["corpus"].get("outlet_home") or {}
    if not homes:
        return
    from analysis.codebook import load_codebook  # (here: the codebook module reads its YAML through this one)

    states = load_codebook(root / cfg["codebook"]).states  # what a state is has one home: Codebook.states
    for outlet, home in sorted(homes.items()):
        if home not in states:
            raise UserError(
                f"{source}: corpus.outlet_home.{outlet}: '{home}' is not a country of the codebook "
                f"({cfg['codebook']}). Fix: use one of {', '.join(sorted(states))}"
            )
    known = corpus_outlets(cfg["corpus"], root)
    unknown = sorted(set(homes) - known) if known is not None else []
    if unknown:
        raise UserError(
            f"{source}: corpus.outlet_home: {', '.join(repr(o) for o in unknown)} matches no outlet of the corpus "
            f"(the outlets are {', '.join(sorted(known)) or 'none'}). Fix: spell the outlet as the manifest's "
            "`outlet` column (or its folder) does, or delete the entry"
        )


def corpus_outlets(corpus: Mapping, root: Path) -> set[str] | None:
    """The outlet names a corpus can have before it is read: the manifest's `outlet` column and,
    with `outlet_from: folder`, the input's top-level folders; None when they come from the text.
    """
    import csv

    names: set[str] = set()
    if corpus.get("manifest") and (root / corpus["manifest"]).is_file():
        with open(root / corpus["manifest"], encoding="utf-8-sig", newline="") as f:
            names |= {(r.get("outlet") or "").strip() for r in csv.DictReader(f)} - {""}
    folder = root / corpus["input"]
    if corpus.get("outlet_from") == "folder" and folder.is_dir():
        names |= {p.name for p in folder.iterdir() if p.is_dir()}
    if not names and corpus.get("outlet_from") == "text":
        return None
    return names


def describe_source(configfiles: list, overrides: Mapping) -> str:
    """How a config was given, for messages: its file(s), and any `--config` keys on top.

    >>> describe_source([], {"shard_size": "2"})
    'config/config.yaml with --config shard_size'
    """
    cwd = Path.cwd()
    files = [str(Path(p).relative_to(cwd)) if Path(p).is_relative_to(cwd) else str(p) for p in configfiles]
    text = " + ".join(files) or catalog.CONFIG_FILE
    return text + (f" with --config {' '.join(overrides)}" if overrides else "")


def read_yaml(path: Path, kind: str):
    """A YAML file's content; a missing file, broken YAML or non-UTF-8 bytes are one clear line.

    Config and codebook are both written by hand, so both need the file, line and column of
    a slip (PyYAML's message alone names neither the file nor, for some errors, the line).
    PyYAML's C loader (libyaml) reads it where it is built in: the same data, 7x faster than the
    pure Python one (0.04 s instead of 0.3 s for the codebook, which many jobs and the paper load);
    a file it refuses is read again by the pure Python one, whose message says more ("found
    character '\\t'" where libyaml says "found character").
    """
    return read_yaml_digest(path, kind)[0]


def read_yaml_digest(path: Path, kind: str, digest: bool = False) -> tuple[object, str | None]:
    """`read_yaml`, and the SHA-256 of the file's bytes (hex) when asked or inside a run, else None.

    Why: inside a workflow run a job looks its codebook up among the run's parsed copies
    (`keep_parsed`) and compares it with the token of the file the run checked
    (`codebook.checked_token`), both by the digest of its bytes: the file is read and hashed
    once for both (issue #15), not once for each.
    """
    import os

    if not path.is_file():
        raise UserError(f"{path}: {kind} file not found")
    raw = path.read_bytes()
    sha = bytes_digest(raw) if digest or os.environ.get(PARSED_ENV) else None
    parsed = _parsed_copy(sha) if sha else None
    if parsed is not None:
        return parsed, sha
    try:
        text = _text(raw)
    except UnicodeDecodeError:
        raise UserError(f"{path}: not UTF-8 text") from None
    return _parse_yaml(path, text), sha


def bytes_digest(raw: bytes) -> str:
    """SHA-256 of a file's bytes, in hex: the name of its parsed copy and part of the codebook's token."""
    import hashlib

    return hashlib.sha256(raw).hexdigest()


def _text(raw: bytes) -> str:
    """The bytes as `Path.read_text(encoding="utf-8")` gives them (universal newlines)."""
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def _parse_yaml(path: Path, text: str):
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        pass
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise UserError(f"{path}: not valid YAML{where}: {getattr(exc, 'problem', exc)}") from None


# A workflow run parses its codebook once (the Snakefile's `onstart`) and leaves the data here,
# under the SHA-256 of the file's bytes, for its jobs (`read_yaml`); the folder is in the jobs'
# environment only inside a run.
PARSED_ENV = "HMA_PARSED_YAML"
PARSED_ROOT = ".snakemake/parsed-yaml"  # in Snakemake's own working folder, not in the results


def keep_parsed(path: str | Path, folder: str | Path = PARSED_ROOT) -> Path:
    """Parse a YAML file once for a run's jobs: its data, marshalled, under the digest of its bytes.

    Why: the codebook is 0.6 MB of YAML and ~0.1 s CPU to parse even with libyaml; the shard,
    merge, compare, validate and figure jobs and the paper's kernel each parsed it again, four of
    them one after another on the seed's critical path (issue #15). `marshal` reads the same
    data back in ~5 ms: the same dicts, lists, strings and numbers, in the same order. Data
    `marshal` cannot hold (a YAML date) or that does not come back equal is not kept, and a
    job then parses the file as before. Returns the folder (for `PARSED_ENV`).
    """
    import marshal
    import os

    try:
        raw = Path(path).read_bytes()
    except OSError:
        return Path(folder)  # a missing file: `load_codebook` says so
    folder = Path(folder)
    out = folder / f"{bytes_digest(raw)}.marshal"
    if out.is_file():
        return folder
    try:
        data = _parse_yaml(Path(path), _text(raw))
        blob = marshal.dumps(data)
    except (UnicodeDecodeError, UserError, ValueError):
        return folder  # a file the job will refuse or parse itself, with its own message
    if marshal.loads(blob) != data:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")  # two runs in one checkout may write it at once
    tmp.write_bytes(blob)
    tmp.replace(out)
    return folder


def _parsed_copy(digest: str):
    """The data `keep_parsed` kept for the bytes of this digest in this run, else None (parse the file)."""
    import os

    folder = os.environ.get(PARSED_ENV)
    if not folder:
        return None
    import marshal

    try:
        return marshal.loads((Path(folder) / f"{digest}.marshal").read_bytes())
    except (OSError, ValueError, EOFError, TypeError):  # none kept, or another Python's marshal format
        return None


def load_config(path: str | Path) -> dict:
    """Read a YAML config file and resolve it (see `resolve`)."""
    path = Path(path)
    raw = read_yaml(path, "config") or {}
    if not isinstance(raw, dict):
        raise UserError(f"{path}: expected a mapping of config keys (corpus:, codebook:, paths: …) at the top level")
    return resolve(raw, str(path))


def reference_file(cfg: Mapping) -> str | None:
    """The hand coding a build validates against, or None when there is none yet.

    Filled coding sheets (`validation.sheets`) and several references (coding rounds) are
    joined into one file under the results root; otherwise it is `validation.reference`.
    The workflow (which rules exist) and the paper (what it reports) both ask here.

    >>> reference_file({"paths": {"results": "r"}, "validation": {"sheets": ["a.xlsx"]}})
    'r/validation/reference_from_sheets.csv'
    >>> reference_file({"paths": {"results": "r"}, "validation": {"reference": ["a", "b"]}})
    'r/validation/reference_from_sheets.csv'
    >>> reference_file({"paths": {"results": "r"}, "validation": None}) is None
    True
    """
    validation = cfg.get("validation") or {}
    if validation.get("sheets") or len(reference_files(cfg)) > 1:
        return catalog.result_path(cfg["paths"]["results"], "sheet_reference")
    return next(iter(reference_files(cfg)), None)


def reference_files(cfg: Mapping) -> list[str]:
    """`validation.reference` as a list: one file, or several coding rounds to be joined.

    >>> reference_files({"validation": {"reference": "a.csv"}})
    ['a.csv']
    >>> reference_files({"validation": {"reference": ["a.csv", "b.csv"]}})
    ['a.csv', 'b.csv']
    >>> reference_files({"validation": None})
    []
    """
    ref = (cfg.get("validation") or {}).get("reference") or []
    return [ref] if isinstance(ref, str) else list(ref)


def output_roots(cfg: Mapping) -> list[str]:
    """The folders this corpus writes into: its results root, and its figures root if that lies outside."""
    results, figures = PurePosixPath(cfg["paths"]["results"]), PurePosixPath(cfg["paths"]["figures"])
    return [str(results)] + ([] if figures.is_relative_to(results) else [str(figures)])


def _owner(folder: Path) -> str | None:
    marker = folder / MARKER
    return marker.read_text(encoding="utf-8").strip() if marker.is_file() else None


def named_inputs(cfg: Mapping) -> list[tuple[str, str]]:
    """(config key, path) of every file the config names as a workflow input, in config order.

    >>> named_inputs({"codebook": "c.yaml", "validation": {"reference": "r.csv", "external": ["e.csv"]},
    ...               "paper": {"source": "p.py", "study_prose": None}})
    [('codebook', 'c.yaml'), ('validation.reference', 'r.csv'), ('validation.external', 'e.csv'), ('paper.source', 'p.py')]
    """
    found = [("codebook", cfg.get("codebook")), *(("validation.reference", p) for p in reference_files(cfg))]
    validation = cfg.get("validation") or {}
    for key in ("sheets", "external"):  # lists in the schema; `reference` may be one file (`reference_files`)
        found += [(f"validation.{key}", p) for p in validation.get(key) or []]
    paper = cfg.get("paper") or {}
    found += [(f"paper.{key}", paper.get(key)) for key in ("source", "study_prose")]
    return [(key, str(path)) for key, path in found if path]


def check_named_inputs(cfg: Mapping, root: Path, source: str = "the config") -> None:
    """Refuse a config naming a file that does not exist, before any job runs.

    Snakemake treats a rule whose input is missing as having no producer and keeps an output
    already on disk: a paper built before would silently stay as it was (seen when
    `validation.external` named a summary not yet written). Saying so here is the only place
    the user hears of it.
    """
    missing = [(key, path) for key, path in named_inputs(cfg) if not (root / path).is_file()]
    if missing:
        lines = [f"{key}: {path} not found" for key, path in missing]
        raise UserError(f"{source}: " + "; ".join(lines) + ". Fix: correct the path, or write the file first")


def check_roots(cfg: Mapping, root: Path) -> None:
    """Refuse output folders that belong to another corpus (their marker names another corpus).

    Also refuses a folder nested where another corpus writes its own outputs (e.g.
    `results/tables` inside the seed study's `results`).
    """
    name, catalogued = cfg["corpus"]["name"], catalog.top_level_dirs()
    for rel in output_roots(cfg):
        folder = (root / rel).resolve()
        owner = _owner(folder)
        if owner is not None and owner != name:
            raise UserError(
                f"paths: {rel} holds the outputs of corpus '{owner}' ({rel}/{MARKER}); building "
                f"'{name}' there would overwrite them. Fix: give this corpus its own folder, e.g. "
                f"paths.results: results/{name}"
            )
        top = Path(root).resolve()
        for parent in folder.parents:
            if parent == top or not parent.is_relative_to(top):
                break
            inside = folder.relative_to(parent).parts[0]
            if _owner(parent) not in (None, name) and inside in catalogued:
                raise UserError(
                    f"paths: {rel} lies inside the '{inside}' outputs of corpus '{_owner(parent)}'. "
                    f"Fix: choose another folder, e.g. paths.results: results/{name}"
                )


def claim_roots(cfg: Mapping, root: Path) -> None:
    """Write the marker into each output root (after `check_roots` passed)."""
    for rel in output_roots(cfg):
        folder = root / rel
        folder.mkdir(parents=True, exist_ok=True)
        (folder / MARKER).write_text(cfg["corpus"]["name"] + "\n", encoding="utf-8")


@contextmanager
def exit_on_user_error(prefix: str = "error") -> Iterator[None]:
    """Turn a UserError into one line on stderr and exit status 1 (no traceback)."""
    try:
        yield
    except UserError as err:
        print(f"{prefix}: {err}", file=sys.stderr)
        sys.exit(1)
