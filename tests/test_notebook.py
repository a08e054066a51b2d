"""Executing a percent notebook: byte-stable outputs, offline HTML, escaped corpus text, errors.

One module-scoped fixture runs the sample notebook twice (about 2 s per kernel start), in two
different working directories and with MPLBACKEND=Agg exported as the workflow does, so the
tests below check the real outputs rather than a mock.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from unittest import mock

import nbformat
import pytest

from analysis.errors import UserError
from analysis.notebook import cell_id, execute_notebook, read_percent, run_notebook, scrub, to_html

SAMPLE = Path(__file__).parent / "data" / "nb_sample.py"


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """Two executions of the sample, each in its own fresh working directory."""
    results = []
    with mock.patch.dict(os.environ, {"MPLBACKEND": "Agg", "PYTHONHASHSEED": "123"}):
        for name in ("first", "second"):
            cwd = tmp_path_factory.mktemp(f"nb-{name}")
            out = cwd / "notebooks"
            execute_notebook(SAMPLE, out / "paper.ipynb", out / "paper.html", cwd, timeout=120)
            results.append(
                {
                    "cwd": cwd,
                    "ipynb": (out / "paper.ipynb").read_bytes(),
                    "html": (out / "paper.html").read_bytes(),
                }
            )
    return results


def test_two_runs_give_identical_bytes(runs: list[dict]) -> None:
    assert runs[0]["ipynb"] == runs[1]["ipynb"]
    assert runs[0]["html"] == runs[1]["html"]


def test_cell_ids_are_numbered_in_order(runs: list[dict]) -> None:
    nb = json.loads(runs[0]["ipynb"])
    assert [c["id"] for c in nb["cells"]] == [cell_id(i) for i in range(len(nb["cells"]))]
    assert nb["cells"][0]["id"] == "cell-000"


def test_varying_metadata_is_removed(runs: list[dict]) -> None:
    nb = json.loads(runs[0]["ipynb"])
    assert nb["metadata"]["language_info"]["name"] == "python"
    assert "version" not in nb["metadata"]["language_info"]
    assert "jupytext_version" not in nb["metadata"]["jupytext"]["text_representation"]
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    assert all("execution" not in c["metadata"] for c in nb["cells"])


def test_outputs_hold_no_absolute_working_dir(runs: list[dict]) -> None:
    for run in runs:
        for key in ("ipynb", "html"):
            text = run[key].decode("utf-8")
            assert str(run["cwd"]) not in text
            assert os.path.realpath(run["cwd"]) not in text
    text = runs[0]["ipynb"].decode("utf-8")
    assert "working dir: .\\n" in text  # the kernel ran in cwd and the path was rewritten
    assert "<object object at 0x0>" in text


def test_kernel_gets_fixed_environment(runs: list[dict]) -> None:
    # PYTHONHASHSEED=123 in the caller's environment is overridden.
    assert "hash seed: 0 epoch: 0" in runs[0]["ipynb"].decode("utf-8")


def test_figure_is_inline_even_when_caller_exports_agg(runs: list[dict]) -> None:
    nb = json.loads(runs[0]["ipynb"])
    mimes = [m for c in nb["cells"] for o in c.get("outputs", []) for m in o.get("data", {})]
    assert "image/png" in mimes
    assert re.search(r'<img [^>]*src="data:image/png;base64,', runs[0]["html"].decode("utf-8"))


def test_html_escapes_corpus_text_and_loads_no_script(runs: list[dict]) -> None:
    html = runs[0]["html"].decode("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html.lower()
    assert not re.search(r"""<\s*(script|link|img)[^>]+(src|href)=["']?https?:""", html, re.IGNORECASE)
    assert "लावरोव की इस्लामाबाद यात्रा" in html  # Devanagari kept as text, not entities


def test_failing_cell_raises_user_error_naming_cell(tmp_path: Path) -> None:
    source = tmp_path / "broken.py"
    source.write_text(
        "# %% [markdown]\n# intro\n\n# %%\nx = 1\n\n"
        '# %%\nraise ValueError("codebook target ru_pk has no rows")\n\n# %%\nprint(x)\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    with pytest.raises(UserError) as info:
        execute_notebook(source, out / "b.ipynb", out / "b.html", tmp_path, timeout=60)
    message = str(info.value)
    assert "cell 2" in message and "cell-002" in message
    assert "ValueError: codebook target ru_pk has no rows" in message
    assert str(source) in message
    assert "Traceback" not in message and len(message.splitlines()) == 1
    assert not (out / "b.ipynb").exists() and not (out / "b.html").exists()


def test_raw_script_output_is_refused_naming_cell(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("fine"),
        nbformat.v4.new_code_cell(
            "HTML(title)",
            outputs=[nbformat.v4.new_output("display_data", data={"text/html": "<b><script>alert(1)</script></b>"})],
        ),
    ]
    with pytest.raises(UserError, match=r"cell 1 .*executable content"):
        to_html(nb, title="t", source=tmp_path / "x.py")


def test_javascript_as_text_passes_but_a_javascript_link_is_refused(tmp_path: Path) -> None:
    text = nbformat.v4.new_output("display_data", data={"text/html": "<p>Headline: javascript: the new threat</p>"})
    link = nbformat.v4.new_output("display_data", data={"text/html": '<a href="javascript:alert(1)">x</a>'})
    ok = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("show()", outputs=[text])])
    assert "javascript: the new threat" in to_html(ok, title="t", source=tmp_path / "x.py")
    bad = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("show()", outputs=[link])])
    with pytest.raises(UserError, match=r"cell 0 .*executable content"):
        to_html(bad, title="t", source=tmp_path / "x.py")


def test_raw_html_event_handler_in_markdown_is_refused(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("Quoted: `<img src=x onerror=alert(1)>` is shown as code"),
        nbformat.v4.new_markdown_cell("Pasted raw: <img src=x onerror=alert(1)>"),
    ]
    with pytest.raises(UserError, match=r"cell 1 "):
        to_html(nb, title="t", source=tmp_path / "x.py")
    to_html(nbformat.v4.new_notebook(cells=nb.cells[:1]), title="t", source=tmp_path / "x.py")


def test_scrub_replaces_paths_longest_first(tmp_path: Path) -> None:
    import sys

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "x",
            outputs=[
                nbformat.v4.new_output(
                    "stream",
                    name="stderr",
                    text=f"{tmp_path}/results/a.csv {sys.prefix}/lib/x.py {tmp_path}-other\n",
                )
            ],
        )
    ]
    text = scrub(nb, tmp_path).cells[0].outputs[0].text
    assert text == f"./results/a.csv <sys.prefix>/lib/x.py {tmp_path}-other\n"
    assert nb.cells[0].outputs[0].text.startswith(str(tmp_path))  # input left untouched


def test_script_without_header_is_read_as_percent(tmp_path: Path) -> None:
    source = tmp_path / "plain.py"
    source.write_text("# %%\na = 1\n\n# %% [markdown]\n# text\n\n# %%\nb = 2\n", encoding="utf-8")
    nb = read_percent(source)
    assert [c.cell_type for c in nb.cells] == ["code", "markdown", "code"]


def test_missing_source_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not found"):
        read_percent(tmp_path / "absent.py")


def _children() -> set[int]:
    """Processes whose parent is this one (Linux /proc)."""
    me, out = str(os.getpid()), set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == me:
            out.add(int(stat.parent.name))
    return out


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="lists child processes through Linux /proc")
def test_a_notebook_that_cannot_be_read_stops_the_kernel_started_for_it(tmp_path: Path) -> None:
    # the notebook is read while its kernel starts: a read that fails must not leave the kernel running
    def unreadable() -> nbformat.NotebookNode:
        raise UserError("paper.py: cannot read as a jupytext percent notebook")

    before = _children()
    with pytest.raises(UserError, match="cannot read"):
        run_notebook(unreadable, Path("paper.py"), tmp_path, 60, "python3")
    assert _children() == before


def test_command_line_reports_user_error_in_one_line(tmp_path: Path, capsys) -> None:
    from analysis.__main__ import main

    code = main(["paper", str(tmp_path / "absent.py"), str(tmp_path / "a.ipynb"), str(tmp_path / "a.html")])
    err = capsys.readouterr().err
    assert code == 1
    assert err == f"error: {tmp_path / 'absent.py'}: notebook source not found\n"


def test_the_paper_kernel_runs_without_a_debugger_and_finds_the_working_folder(tmp_path: Path) -> None:
    """analysis/paper_kernel.py: no debugpy; the working folder importable, the launcher's folder not."""
    (tmp_path / "local_mod.py").write_text("VALUE = 7\n", encoding="utf-8")
    code = "import sys, local_mod\nprint(sys.modules.get('debugpy'), local_mod.VALUE, any(p.endswith('analysis') for p in sys.path))"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    done = run_notebook(nb, Path("k.py"), tmp_path, 60, "python3")
    assert done.cells[0].outputs[0]["text"] == "None 7 False\n"
