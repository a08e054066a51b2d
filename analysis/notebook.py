"""Execute a jupytext percent notebook into byte-stable `.ipynb` and offline `.html`.

Why not Snakemake's `notebook:` directive: it rejects percent files and injects a preamble cell
that holds machine-specific paths. Instead a rule calls `execute_notebook`, which

1. reads the percent file with jupytext and numbers the cell ids (`cell-000`, ...) because
   jupytext otherwise draws random ids on every read;
2. runs it with nbclient in the project's kernel, the repo root as working directory, an
   explicit timeout, `record_timing=False`, and a fixed kernel environment
   (`catalog.DETERMINISTIC_ENV` plus the inline matplotlib backend);
3. scrubs what still varies between machines or runs: `language_info.version`, jupytext's
   version stamp, execution metadata, absolute paths of the working directory and the Python
   prefix, and CPython object addresses (`<... at 0x7f...>`); execution counts are renumbered;
4. exports HTML with nbconvert's `lab` template minus the CDN `<script>` tags (require.js,
   MathJax, Mermaid) the paper does not need, so it opens offline, without the cells' code
   unless asked (`show_code`), with its own font and layout (`analysis.paper_style`: Noto Sans
   Devanagari inline, so Hindi shows on a machine without a Hindi font); and refuses any HTML that
   would still contain a `<script>` element, which also guarantees that corpus text reached
   the page escaped (a title holding `<script>` shows as text, never runs).

A failing cell raises `UserError` naming the cell and its `ename: evalue`, not a traceback.
The command line is `python -m analysis paper SOURCE OUT_IPYNB OUT_HTML`.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.catalog import DETERMINISTIC_ENV
from analysis.errors import UserError
from analysis.paper_style import paper_css

if TYPE_CHECKING:  # the Jupyter stack is imported where it is used: the paper's kernel imports
    from concurrent.futures import Future, ThreadPoolExecutor

    from jupyter_client import AsyncKernelManager  # this module for `CONFIG_ENV`
    from nbclient import NotebookClient  # and runs no notebook itself
    from nbconvert import HTMLExporter
    from nbformat import NotebookNode

# Environment the kernel always gets, whatever the caller's shell has. MPLBACKEND is forced to
# the inline backend: a workflow that exports MPLBACKEND=Agg for its scripts would otherwise
# leak into the kernel and silently drop every figure from the notebook.
KERNEL_ENV: Mapping[str, str] = {
    **DETERMINISTIC_ENV,
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",  # silences a debugger warning on stderr
}

# The kernel finds the config it reports on here: the paper rule passes the corpus's resolved
# config (`<results>/config.json`), so one paper template serves every corpus.
CONFIG_ENV = "HMA_CONFIG"

# `lab` template without the three CDN scripts. require.js only serves ipywidgets and legacy
# JS outputs, MathJax and Mermaid only typeset math/diagrams and cannot load offline anyway.
_OFFLINE_TEMPLATE = "hma_offline.html.j2"
_OFFLINE_TEMPLATE_SRC = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_css -%}
<style type="text/css">
{{ resources.paper_css }}
</style>
{%- endblock html_head_css -%}
"""

# Executable content in HTML: script elements, inline event handlers, javascript: URLs in
# an attribute. "javascript:" as (escaped) text, e.g. in a headline, runs nothing and passes.
_SCRIPT_TAG = re.compile(
    r"<\s*script\b|<[a-z][^>]*\son[a-z]+\s*=|<[a-z][^>]*\s(?:href|src|action|formaction|xlink:href)\s*=\s*[\"']?\s*javascript\s*:",
    re.IGNORECASE,
)
# the paper's kernel: ipykernel without its debugger (`without_debugger`)
KERNEL_LAUNCHER = Path(__file__).with_name("paper_kernel.py")
_OBJECT_ADDRESS = re.compile(r"( at 0x)[0-9a-fA-F]+(>)")
_TEXT_MIME = re.compile(r"^(text/|application/(json|javascript)|image/svg\+xml)")


def execute_notebook(
    source_py: Path,
    out_ipynb: Path,
    out_html: Path,
    cwd: Path,
    timeout: int = 600,
    kernel_name: str = "python3",
    env: Mapping[str, str] | None = None,
    show_code: bool = False,
    on_executed: Callable[[str], None] | None = None,
) -> None:
    """Run `source_py` (jupytext percent) in `cwd`; write stable `out_ipynb` and `out_html`.

    `env` adds variables to the kernel's environment (e.g. `CONFIG_ENV`: the config to report on);
    `show_code` puts the cells' code into the HTML (hidden by default); `on_executed` gets the
    .ipynb text before the HTML is made (the PDF is typeset from it meanwhile, see
    `paper_pdf.PdfWorker`). Both outputs are written only when every cell succeeded, each
    through a temporary file and a rename, so a failed run never leaves a half-written
    notebook for the workflow to trust.
    """
    from concurrent.futures import ThreadPoolExecutor

    source_py, cwd = Path(source_py), Path(cwd)
    with ThreadPoolExecutor(1, initializer=_yield_cpu) as pool:
        early = _EarlyHtml(pool, _path_replacements(cwd))

        def read() -> NotebookNode:
            """The notebook, read (jupytext) while the kernel starts; then the HTML exporter warms
            up (`warm_html`) while the cells run. Not before: its imports, in a thread of this
            process, slowed the kernel's launch and this read, which the cells wait for."""
            nb = read_percent(source_py)
            early.exporter.append(pool.submit(warm_html, show_code))
            return nb

        executed = run_notebook(read, source_py, cwd, timeout, kernel_name, env or {}, early.cells_done)
        import nbformat

        clean = scrub(executed, cwd)
        ipynb = nbformat.writes(clean) + "\n"
        if on_executed is not None:
            on_executed(ipynb)
        title = heading_of(clean) or out_html.stem
        html = to_html(clean, title=title, source=source_py, show_code=show_code, exporter=early.ready())
    _write_atomic(Path(out_ipynb), ipynb)
    _write_atomic(Path(out_html), html)


@dataclass
class _EarlyHtml:
    """The HTML of the cells the kernel has finished, made in `pool` while it runs the next ones.

    Why (issue #15): the page's last pass (analysis/paper_html.py) is most of its CPU, and
    without a PDF the paper job waits for nothing else once the last cell has run. Each cell
    is scrubbed as `scrub` will scrub it and handed to the warmed-up exporter (`prepare`),
    which makes the page from those pieces; a cell not handed over is passed with the page.
    """

    pool: ThreadPoolExecutor
    replacements: list[tuple[re.Pattern[str], str]]
    exporter: list[Future[HTMLExporter]] = field(default_factory=list)  # `warm_html`'s, once submitted
    jobs: list[Future[None]] = field(default_factory=list)
    handed: int = 0  # cells handed over
    code_cells: int = 0  # code cells among them

    def cells_done(self, nb: NotebookNode, upto: int) -> None:
        """The kernel is about to run cell `upto`: the cells before it are final."""
        batch = []
        for index in range(self.handed, min(upto, len(nb.cells))):
            self.code_cells += nb.cells[index].cell_type == "code"
            batch.append((index, nb.cells[index], self.code_cells))
        self.handed = max(self.handed, upto)
        if batch and self.exporter:
            self.jobs.append(self.pool.submit(self._prepare, batch, nb.metadata))

    def _prepare(self, batch: list[tuple[int, NotebookNode, int]], metadata: NotebookNode) -> None:
        import nbformat

        cells = [(i, scrub_cell(nbformat.from_dict(cell), n, self.replacements)) for i, cell, n in batch]
        self.exporter[0].result().prepare(cells, scrub_metadata(nbformat.from_dict(metadata)))

    def ready(self) -> HTMLExporter:
        """The exporter, once no job uses it: jobs not started yet are dropped (the page passes their cells)."""
        for job in self.jobs:
            if not job.cancel():
                job.result()
        return self.exporter[0].result()


def _yield_cpu() -> None:
    """Lower the calling thread's priority (Linux: nice +10 for this thread alone).

    Why (issue #15): the HTML exporter's warm-up and the cells' early HTML (`_EarlyHtml`) have
    time to spare, the kernel and the PDF's XeLaTeX passes (`paper_pdf.PdfWorker`) have none;
    on two cores the thread should take only what they leave. Elsewhere nothing is changed.
    """
    if sys.platform == "linux":
        import threading

        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except OSError:
            pass


def read_percent(source_py: Path) -> NotebookNode:
    """Read a percent-format script and give its cells deterministic ids.

    The format is forced to `py:percent` so a file without a jupytext header is not guessed
    to be in the `light` format (which splits cells differently).
    """
    import jupytext

    if not source_py.is_file():
        raise UserError(f"{source_py}: notebook source not found")
    try:
        nb = jupytext.read(source_py, fmt="py:percent")
    except Exception as exc:  # jupytext raises assorted errors for unreadable input
        raise UserError(f"{source_py}: cannot read as a jupytext percent notebook ({exc})") from exc
    for index, cell in enumerate(nb.cells):
        cell["id"] = cell_id(index)
    return nb


def cell_id(index: int) -> str:
    """Stable id of the cell at 0-based `index` (`cell-000`); valid per nbformat 4.5."""
    return f"cell-{index:03d}"


def kernel_env(base: Mapping[str, str], extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The kernel's environment: `base` (normally os.environ), `extra`, then `KERNEL_ENV` on top."""
    env = dict(base)
    env.update(extra or {})
    env.update(KERNEL_ENV)
    return env


def run_notebook(
    nb: NotebookNode | Callable[[], NotebookNode],
    source_py: Path,
    cwd: Path,
    timeout: int,
    kernel_name: str,
    extra_env: Mapping[str, str] | None = None,
    on_cell_start: Callable[[NotebookNode, int], None] | None = None,
) -> NotebookNode:
    """Execute `nb` in a fresh kernel; translate nbclient failures into one-line UserErrors.

    `nb` may be a function that reads the notebook: it is called once the kernel is starting,
    so reading it (importing jupytext, ~0.5 s) overlaps the kernel's own start-up instead of
    coming before it; the kernel is shut down if reading fails. `on_cell_start(nb, index)`: cell
    `index` is about to run, so the cells before it are final (nbclient's hook, same thread).
    """
    from jupyter_client.kernelspec import NoSuchKernel
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    if not cwd.is_dir():
        raise UserError(f"{source_py}: working directory {cwd} does not exist")
    client = _client(cwd, timeout, kernel_name)
    if on_cell_start is not None:
        client.on_cell_start = lambda cell, cell_index: on_cell_start(client.nb, cell_index)
    try:
        client.create_kernel_manager()
        client.start_new_kernel(env=kernel_env(os.environ, extra_env), cwd=str(cwd))
        try:
            client.nb = nb() if callable(nb) else nb
        except BaseException:
            client._cleanup_kernel()  # nbclient's own clean-up of a kernel it started
            raise
        return client.execute()
    except NoSuchKernel as exc:
        raise UserError(
            f"{source_py}: no Jupyter kernel named {kernel_name!r}; install it with "
            f"`{sys.executable} -m ipykernel install --sys-prefix --name {kernel_name}`"
        ) from exc
    except CellTimeoutError as exc:
        index = _running_cell(client.nb)
        raise UserError(f"{source_py}: {_describe_cell(client.nb, index)} did not finish within {timeout} s") from exc
    except CellExecutionError as exc:
        index = _failed_cell(client.nb)
        raise UserError(f"{source_py}: {_describe_cell(client.nb, index)} failed: {exc.ename}: {exc.evalue}") from None
    except DeadKernelError as exc:
        raise UserError(f"{source_py}: the kernel died while running the notebook ({exc})") from exc


def _client(cwd: Path, timeout: int, kernel_name: str) -> NotebookClient:
    """nbclient's runner for the paper: fixed settings, and the notebook given once its kernel starts."""
    import zmq
    from nbclient import NotebookClient
    from nbformat.v4 import new_notebook
    from traitlets.config import Config

    return NotebookClient(
        new_notebook(),  # replaced by the notebook to run (`run_notebook`)
        timeout=timeout,
        kernel_name=kernel_name,
        kernel_manager_class=_kernel_manager(),
        record_timing=False,
        coalesce_streams=True,
        allow_errors=False,
        # Every cell has run and its outputs are in the notebook when the kernel is shut down:
        # a polite shutdown request only makes the paper wait ~0.3 s for the kernel's own exit.
        shutdown_kernel="immediate",
        resources={"metadata": {"path": str(cwd)}},
        # Curve-encrypt the loopback sockets when pyzmq can: safer, and it stops ipykernel
        # printing its "running over TCP without encryption" warning into every build log.
        config=Config({"KernelManager": {"transport_encryption": "auto" if zmq.has("curve") else "disabled"}}),
    )


@functools.cache
def _kernel_manager() -> type[AsyncKernelManager]:
    """jupyter_client's kernel manager, starting ipykernel's kernel without its debugger.

    A class made on first use, so importing this module does not import jupyter_client.
    """
    from jupyter_client import AsyncKernelManager

    class PaperKernelManager(AsyncKernelManager):
        def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
            return without_debugger(super().format_kernel_cmd(extra_arguments))

    return PaperKernelManager


def without_debugger(cmd: list[str]) -> list[str]:
    """A kernel's command with ipykernel's launcher replaced by `KERNEL_LAUNCHER`; others as they are.

    Why (issue #15): the paper's cells wait for the kernel, which would first import debugpy
    for a debugger no build uses (analysis/paper_kernel.py). `-Xfrozen_modules=off`, which
    ipykernel's kernel spec asks for, only serves that debugger.

    >>> cmd = without_debugger(["py", "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "k.json"])
    >>> cmd[0], Path(cmd[1]).name, cmd[2:]
    ('py', 'paper_kernel.py', ['-f', 'k.json'])
    >>> without_debugger(["R", "--slave", "-m", "other"])
    ['R', '--slave', '-m', 'other']
    """
    at = cmd.index("-m") if "-m" in cmd else -1
    if at < 0 or cmd[at + 1 : at + 2] != ["ipykernel_launcher"]:
        return cmd
    flags = [arg for arg in cmd[1:at] if arg != "-Xfrozen_modules=off"]
    return [cmd[0], *flags, str(KERNEL_LAUNCHER), *cmd[at + 2 :]]


def _failed_cell(nb: NotebookNode) -> int | None:
    """Index of the first cell with an error output (nbclient records it before raising)."""
    for index, cell in enumerate(nb.cells):
        if any(out.get("output_type") == "error" for out in cell.get("outputs", [])):
            return index
    return None


def _running_cell(nb: NotebookNode) -> int | None:
    """Index of the last code cell that started (has an execution count): the one timed out."""
    started = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.get("execution_count")]
    return started[-1] if started else None


def _describe_cell(nb: NotebookNode, index: int | None) -> str:
    """`cell 3 (id cell-003, "raise ValueError(...)")`: enough to find it in the .py file."""
    if index is None:
        return "a cell"
    lines = [ln.strip() for ln in nb.cells[index].source.splitlines() if ln.strip()]
    first = lines[0] if lines else ""
    if len(first) > 60:
        first = first[:57] + "..."
    return f'cell {index} (id {cell_id(index)}, "{first}")'


def scrub(nb: NotebookNode, cwd: Path) -> NotebookNode:
    """Copy of `nb` without what varies across machines and runs (see module docstring).

    Absolute paths are replaced longest first, so a virtualenv inside the repo becomes
    `<sys.prefix>/...` rather than `./.venv/...`, which a clone elsewhere would not match.
    """
    import nbformat

    nb = nbformat.from_dict(nb)  # deep copy
    scrub_metadata(nb.metadata)
    replacements = _path_replacements(cwd)
    count = 0
    for cell in nb.cells:
        count += cell.cell_type == "code"
        scrub_cell(cell, count, replacements)
    return nb


def scrub_metadata(meta: NotebookNode) -> NotebookNode:
    """`scrub` of the notebook's metadata, in place."""
    meta.get("language_info", {}).pop("version", None)
    meta.get("jupytext", {}).get("text_representation", {}).pop("jupytext_version", None)
    meta.pop("papermill", None)
    return meta


def scrub_cell(cell: NotebookNode, count: int, replacements: list[tuple[re.Pattern[str], str]]) -> NotebookNode:
    """`scrub` of one cell, in place; `count`: the code cells up to this one, this one included."""
    cell.metadata.pop("execution", None)
    if cell.cell_type != "code":
        return cell
    cell.execution_count = count
    for out in cell.outputs:
        if "execution_count" in out:
            out.execution_count = count
        _scrub_output_text(out, replacements)
    return cell


def _path_replacements(cwd: Path) -> list[tuple[re.Pattern[str], str]]:
    """Patterns for absolute paths to hide, most specific (longest) first."""
    targets: dict[str, str] = {}
    for prefix in {sys.prefix, os.path.realpath(sys.prefix)}:
        targets[prefix] = "<sys.prefix>"
    for path in {str(cwd.absolute()), os.path.realpath(cwd)}:
        targets[path] = "."
    ordered = sorted(targets, key=len, reverse=True)
    return [(re.compile(re.escape(p) + r"(?![\w.-])"), targets[p]) for p in ordered if p != "/"]


def _scrub_text(text: str, replacements: list[tuple[re.Pattern[str], str]]) -> str:
    for pattern, repl in replacements:
        text = pattern.sub(repl, text)
    return _OBJECT_ADDRESS.sub(r"\g<1>0\g<2>", text)


def _scrub_output_text(out: NotebookNode, replacements: list[tuple[re.Pattern[str], str]]) -> None:
    """Rewrite, in place, every textual field of one output."""
    if out.output_type == "stream":
        out.text = _scrub_text(out.text, replacements)
    elif out.output_type == "error":
        out.evalue = _scrub_text(out.evalue, replacements)
        out.traceback = [_scrub_text(t, replacements) for t in out.traceback]
    elif out.output_type in ("execute_result", "display_data"):
        for mime, value in list(out.data.items()):
            if _TEXT_MIME.match(mime) and isinstance(value, str):
                out.data[mime] = _scrub_text(value, replacements)


def code_visibility(show_code: bool) -> dict[str, bool]:
    """nbconvert settings that hide (or show) every cell's code and prompts: one switch for HTML and PDF."""
    return {key: not show_code for key in ("exclude_input", "exclude_input_prompt", "exclude_output_prompt")}


def exporter_settings(show_code: bool) -> dict[str, dict[str, bool]]:
    """nbconvert settings of both paper exporters (HTML here, PDF in `analysis.paper_pdf`): the code
    shown or not (`code_visibility`), and the notebook checked against nbformat's schema once per
    conversion, after the last preprocessor, not after each (`Exporter.optimistic_validation`).

    Why the one check (issue #15): nbconvert checked the whole notebook after each of a
    conversion's preprocessors (6 for the HTML, 11 for the PDF); the HTML page is made a cell at
    a time while the kernel runs (`_EarlyHtml`), so the seed paper's HTML took 378 checks (now
    60) and its PDF 11 (now 1), the PDF's on the paper's critical path. A check only raises: the
    same bytes are written, and an invalid notebook still stops the conversion at the check left.
    """
    return {"TemplateExporter": code_visibility(show_code), "Exporter": {"optimistic_validation": True}}


def offline_exporter(show_code: bool = False) -> HTMLExporter:
    """nbconvert's `lab` HTML exporter with the CDN script blocks emptied.

    The paper's prose is written by code, and a reader should meet the sentence, not the
    f-string that wrote it: by default no code cell's input and no `In [ ]`/`Out[ ]` prompt is
    shown (`exclude_input`). `show_code=True` (config `paper.show_code`) shows every cell's code.
    """
    import jinja2
    from traitlets.config import Config

    from analysis.paper_html import paged_exporter_class

    loader = jinja2.DictLoader({_OFFLINE_TEMPLATE: _OFFLINE_TEMPLATE_SRC})
    config = Config(exporter_settings(show_code))
    exporter = paged_exporter_class()  # nbconvert's, its last pass cell by cell (analysis/paper_html.py)
    return exporter(config=config, template_name="lab", template_file=_OFFLINE_TEMPLATE, extra_loaders=[loader])


def warm_html(show_code: bool = False) -> HTMLExporter:
    """`offline_exporter`, with what its first page would wait for done already.

    Why: nbconvert's first HTML page pays for imports, the `lab` template and its filters (on
    the seeds about as long as the page itself); `execute_notebook` pays it here, in a thread,
    while the kernel runs the cells (issue #15: the HTML follows the notebook on the paper's
    critical path wherever there is no PDF). A conversion reads nothing the last one left: the
    page of a warmed-up exporter has the bytes of a fresh one's (tested).
    """
    import nbformat

    exporter = offline_exporter(show_code)
    cells = [nbformat.v4.new_markdown_cell("# x\n\n`x` *x*"), nbformat.v4.new_code_cell("x")]
    exporter.from_notebook_node(nbformat.v4.new_notebook(cells=cells), resources=_html_resources("x"))
    return exporter


def heading_of(nb: NotebookNode) -> str | None:
    """The notebook's first level-1 heading, as plain text: the page's `<title>`.

    A browser tab, a bookmark and a search result show the `<title>`; the paper's title is
    written by a cell (it names the corpus), so it is read from the first markdown output or
    markdown cell that opens with "# ". Markdown escapes (`&amp;`) are undone: the template
    escapes the title again.

    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Coverage of A &amp; B")])
    >>> heading_of(nb)
    'Coverage of A & B'
    >>> heading_of(nbformat.v4.new_notebook()) is None
    True
    """
    import html as html_text

    for cell in nb.cells:
        texts = [cell.source] if cell.cell_type == "markdown" else []
        texts += [out.get("data", {}).get("text/markdown", "") for out in cell.get("outputs", [])]
        for text in texts:
            first = text.lstrip().split("\n", 1)[0] if isinstance(text, str) else ""
            if first.startswith("# "):
                return html_text.unescape(first[2:].strip())
    return None


def _html_resources(title: str) -> dict:
    return {"metadata": {"name": title}, "paper_css": paper_css()}


def to_html(
    nb: NotebookNode, title: str, source: Path, show_code: bool = False, exporter: HTMLExporter | None = None
) -> str:
    """Render `nb` to a self-contained HTML page that runs no script at all.

    The page carries its own font and layout (`analysis.paper_style`). Executable content
    anywhere in the page (a `<script>`, an `onerror=`-style handler, a `javascript:` URL) means
    either a template change brought a CDN script back or a cell emitted raw HTML (e.g.
    `to_html(escape=False)` or `Markdown(text)` on corpus text); both are refused, naming the
    cell when one is to blame. `exporter`: one from `offline_exporter` (or `warm_html`) for
    `show_code`; by default a new one.
    """
    exporter = exporter or offline_exporter(show_code)
    body, _ = exporter.from_notebook_node(nb, resources=_html_resources(title))
    if _SCRIPT_TAG.search(body):
        index = _script_cell(nb)
        where = _describe_cell(nb, index) if index is not None else "the HTML template"
        raise UserError(
            f"{source}: {where} puts executable content (<script>, on...= handler or "
            "javascript: URL) into the HTML; escape corpus text "
            "(pandas' to_html/_repr_html_ escape by default) and avoid JavaScript outputs"
        )
    return body if body.endswith("\n") else body + "\n"


def _script_cell(nb: NotebookNode) -> int | None:
    """First cell that, rendered alone, puts executable content into the page.

    Rendering (not searching the source) is what matters: `<script>` inside a markdown code
    span or a code cell is escaped and harmless. Only runs on the failure path.
    """
    import nbformat

    exporter = offline_exporter(show_code=True)
    for index, cell in enumerate(nb.cells):
        single = nbformat.from_dict({**nb, "cells": [cell]})
        body, _ = exporter.from_notebook_node(single, resources={"metadata": {"name": "cell"}, "paper_css": ""})
        if _SCRIPT_TAG.search(body):
            return index
    return None


def _write_atomic(path: Path, text: str) -> None:
    """Write UTF-8 `text` via a temporary sibling and rename (no partial files on failure)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; outputs are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
