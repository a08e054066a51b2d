"""Reproducibility as a checked property: manifests of outputs and a two-clean-builds check.

`write_manifest` records `sha256  relative/path` for every output (sorted by path, so the
manifest itself is byte-stable); `compare_manifests` lists what differs.

`check_repro` is the real test: it clones the repository's committed HEAD into two fresh
temporary directories, builds each from the seeds with the current environment's Snakemake,
and compares (1) their `results/MANIFEST.sha256` and (2) every file below `results/` and
`figures/`, so an output the manifest forgot cannot drift unseen. The first build starts from
empty matplotlib, IPython and Jupyter config directories, the second uses the user's, so
per-user state (the font list, startup scripts) that reached an output would show. Two clean
builds, not "one build against the checked-in manifest", because the property is that a build
is a function of the committed sources: comparing against a manifest from a developer's
working tree would mix in whatever that tree held. Uncommitted changes are therefore not
checked, and the command says so.

Command line (`python -m analysis ...`, see `analysis/__main__.py`):
  check-repro [--repo DIR] [--cores N] [--keep]  two clean builds, exit 0 identical / 1 not
  manifest --root DIR --out FILE PATH...         write a manifest (directories are walked)
  compare-manifests A B                          print differences, exit 0 / 1
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.catalog import DETERMINISTIC_ENV, result_path
from analysis.errors import UserError

SEED_RESULTS = "results"  # the seed study's results root (paths.results in config/config.yaml)
MANIFEST = Path(result_path(SEED_RESULTS, "manifest"))
# Where a build writes its outputs (tables, executed paper under results/, the seed study's
# figures); the tree comparison covers every file below these, tracked or not. Rule logs and Snakemake's bookkeeping lie
# outside them: they hold timings by nature and are not research outputs.
OUTPUT_DIRS = (SEED_RESULTS, "figures")
# Outputs that hold timings by nature (Snakemake `benchmark:` files), left out of the tree
# comparison; they belong outside results/ anyway, and never in the manifest.
VOLATILE_PREFIXES = (result_path(SEED_RESULTS, "benchmarks") + "/",)
# Bookkeeping directories skipped when walking a directory for a manifest or a comparison.
IGNORED_DIRS = frozenset({".git", ".snakemake", "__pycache__", ".pytest_cache", ".ipynb_checkpoints"})


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in blocks so large Parquet files stay cheap."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _expand(paths: Sequence[Path], root: Path, exclude: Path) -> dict[str, Path]:
    """Map relative POSIX path -> file for every file in `paths`, directories walked."""
    root = root.resolve()
    files: dict[str, Path] = {}
    for given in paths:
        path = (root / given) if not Path(given).is_absolute() else Path(given)
        if not path.exists():
            raise UserError(f"{given}: listed for the manifest but does not exist")
        candidates = (
            [path]
            if path.is_file()
            else [
                p for p in path.rglob("*") if p.is_file() and not IGNORED_DIRS.intersection(p.relative_to(path).parts)
            ]
        )
        for file in candidates:
            resolved = file.resolve()
            if resolved == exclude:
                continue
            try:
                rel = resolved.relative_to(root).as_posix()
            except ValueError:
                raise UserError(f"{given}: is outside the manifest root {root}") from None
            files[rel] = resolved
    return files


def write_manifest(paths: list[Path], root: Path, out: Path) -> None:
    """Write `sha256  relative/path` lines (sha256sum's format), sorted by path.

    Paths are relative to `root` with forward slashes so manifests from two clones in
    different directories compare equal; `out` itself is never listed.
    """
    out = Path(out)
    files = _expand(paths, Path(root), out.resolve())
    lines = [f"{sha256_file(files[rel])}  {rel}\n" for rel in sorted(files)]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(lines), encoding="utf-8", newline="\n")


def read_manifest(path: Path) -> dict[str, str]:
    """Parse a manifest into {relative path: sha256}; malformed lines are a UserError."""
    if not Path(path).is_file():
        raise UserError(f"{path}: manifest not found")
    entries: dict[str, str] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        digest, sep, rel = line.partition("  ")
        if not sep or len(digest) != 64 or not rel or any(c not in "0123456789abcdef" for c in digest):
            raise UserError(f"{path}:{number}: expected 'sha256  path', got {line!r}")
        if rel in entries:
            raise UserError(f"{path}:{number}: {rel} is listed twice")
        entries[rel] = digest
    return entries


def diff_entries(a: dict[str, str], b: dict[str, str], a_name: str, b_name: str) -> list[str]:
    """Human-readable differences between two {path: digest} maps, sorted by path."""
    out = []
    for rel in sorted(a.keys() | b.keys()):
        if rel not in b:
            out.append(f"only in {a_name}: {rel}")
        elif rel not in a:
            out.append(f"only in {b_name}: {rel}")
        elif a[rel] != b[rel]:
            out.append(f"differs: {rel} ({a[rel][:12]} vs {b[rel][:12]})")
    return out


def compare_manifests(a: Path, b: Path) -> list[str]:
    """Differences between manifests `a` and `b`; an empty list means identical outputs."""
    return diff_entries(read_manifest(a), read_manifest(b), str(a), str(b))


def tree_digests(root: Path, dirs: Sequence[str] = OUTPUT_DIRS) -> dict[str, str]:
    """{path relative to `root`: sha256} of every regular file below `root/<dir>` for `dirs`."""
    digests = {}
    for top in dirs:
        for path in sorted((root / top).rglob("*")):
            rel = path.relative_to(root)
            if IGNORED_DIRS.intersection(rel.parts) or path.is_symlink() or not path.is_file():
                continue
            if rel.as_posix().startswith(VOLATILE_PREFIXES):
                continue
            digests[rel.as_posix()] = sha256_file(path)
    return digests


# A sitecustomize for the builds: an editable install of this project (`pip install -e .`)
# answers imports of `analysis.<module>` that the clone lacks from the developer's working
# tree, so a clone missing an uncommitted module would still build. This hook makes editable
# finders step aside for every top-level package the clone itself contains.
_ISOLATION_HOOK = """\
import os, sys


class _CloneFirst:
    \"\"\"Defer to an editable-install finder only for packages the clone does not have.\"\"\"

    def __init__(self, inner, root):
        self.inner, self.root = inner, root

    def find_spec(self, fullname, path=None, target=None):
        if os.path.isdir(os.path.join(self.root, fullname.partition(".")[0])):
            return None
        return self.inner.find_spec(fullname, path, target)


_root = os.environ.get("HMA_CLONE_ROOT")
if _root:
    sys.meta_path[:] = [
        _CloneFirst(f, _root)
        if (f if isinstance(f, type) else type(f)).__module__.startswith("__editable__")
        else f
        for f in sys.meta_path
    ]
"""


OWN_CACHES = ("MPLCONFIGDIR", "IPYTHONDIR", "JUPYTER_CONFIG_DIR")  # per-user state a build could read


def isolation_env(hook_dir: Path, clone: Path, base: dict[str, str]) -> dict[str, str]:
    """`base` plus PYTHONPATH/HMA_CLONE_ROOT so Python in the build imports only the clone's code."""
    hook_dir.mkdir(parents=True, exist_ok=True)
    (hook_dir / "sitecustomize.py").write_text(_ISOLATION_HOOK, encoding="utf-8")
    env = dict(base)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(hook_dir), base.get("PYTHONPATH", "")) if p)
    env["HMA_CLONE_ROOT"] = str(clone)
    return env


@dataclass(frozen=True)
class Build:
    """One clean build: where it ran, how long it took, and its log."""

    clone: Path
    seconds: float
    log: Path


def _git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise UserError(f"{repo}: git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def default_build_cmd(cores: int) -> list[str]:
    """Snakemake from the running interpreter's environment, so both builds use one venv."""
    return [sys.executable, "-m", "snakemake", "--cores", str(cores)]


def clean_build(repo: Path, clone: Path, cmd: Sequence[str], own_caches: bool = False) -> Build:
    """Clone the committed HEAD of `repo` into `clone` and run `cmd` there.

    With `own_caches`, the build gets empty matplotlib, IPython and Jupyter config directories
    of its own (`OWN_CACHES`), so an output that depended on the user's font cache, startup
    scripts or settings would differ from the other build, which keeps the user's.

    `../shared` is made resolvable beside the clone (a symlink to the repo's sibling) because
    the config may name corpora by that relative path. The venv's bin comes first on PATH so
    `python` in shell rules is the same interpreter in both builds, and `isolation_env` keeps
    an editable install from lending the clone uncommitted modules.
    """
    _git(clone.parent, "clone", "--quiet", str(repo), str(clone))
    shared = repo.resolve().parent / "shared"
    link = clone.parent / "shared"
    if shared.is_dir() and not link.exists():
        link.symlink_to(shared, target_is_directory=True)
    env = isolation_env(clone.parent / "hook", clone, dict(os.environ))
    env.update(DETERMINISTIC_ENV)  # for the Snakemake process itself (e.g. hash order of its sets)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    if own_caches:
        env.update({var: str(clone.parent / f"{clone.name}-{var.lower()}") for var in OWN_CACHES})
    log = clone.parent / f"{clone.name}.log"
    start = time.perf_counter()
    with open(log, "wb") as handle:
        result = subprocess.run(list(cmd), cwd=clone, env=env, stdout=handle, stderr=subprocess.STDOUT, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
        raise UserError(f"build in {clone} failed (exit {result.returncode}); last lines of {log}:\n" + "\n".join(tail))
    return Build(clone, seconds, log)


def compare_builds(a: Path, b: Path) -> list[str]:
    """Differences between two built clones: their manifests, then every file in OUTPUT_DIRS."""
    problems = []
    for clone in (a, b):
        if not (clone / MANIFEST).is_file():
            problems.append(f"{clone.name}: the build wrote no {MANIFEST.as_posix()}")
    if not problems:
        problems += [
            f"manifest {line}"
            for line in diff_entries(read_manifest(a / MANIFEST), read_manifest(b / MANIFEST), a.name, b.name)
        ]
    problems += [f"tree {line}" for line in diff_entries(tree_digests(a), tree_digests(b), a.name, b.name)]
    return problems


def check_repro(repo: Path, cores: int = 2, keep: bool = False, build_cmd: Sequence[str] | None = None) -> int:
    """Build HEAD of `repo` twice from scratch and compare; print a summary; 0 if identical.

    `build_cmd` defaults to Snakemake with `cores` cores; tests pass a cheaper command.
    With `keep`, the temporary clones stay on disk for inspection (their path is printed).
    """
    repo = Path(repo).resolve()
    head = _git(repo, "rev-parse", "HEAD").strip()
    if _git(repo, "status", "--porcelain").strip():
        print(f"note: {repo} has uncommitted changes or untracked files; checking the committed HEAD {head[:12]} only")
    cmd = list(build_cmd) if build_cmd is not None else default_build_cmd(cores)
    tmp = Path(tempfile.mkdtemp(prefix="hma-repro-"))
    try:
        # build-a starts from empty caches, build-b uses the user's: outputs may depend on neither
        builds = [clean_build(repo, tmp / "build-a", cmd, own_caches=True), clean_build(repo, tmp / "build-b", cmd)]
        problems = compare_builds(builds[0].clone, builds[1].clone)
        n_files = len(tree_digests(builds[0].clone))
        times = ", ".join(f"{b.clone.name} {b.seconds:.1f} s" for b in builds)
        if problems:
            print(f"NOT reproducible: HEAD {head[:12]}, {len(problems)} difference(s) ({times}):")
            for line in problems:
                print(f"  {line}")
        else:
            print(
                f"reproducible: HEAD {head[:12]}, two clean builds gave identical bytes for {n_files} files ({times})"
            )
        return 1 if problems else 0
    finally:
        if keep:
            print(f"builds kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
