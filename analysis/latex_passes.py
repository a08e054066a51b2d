r"""Two XeLaTeX passes started before their document exists, so each loads its preamble early.

Why (issue #15): on the seeds the paper's PDF is the last thing the build waits for, and most
of each XeLaTeX pass (~0.8 of ~1 s CPU) is the preamble: packages and the Devanagari font.
The preamble comes from the template and the title, not from the notebook, so the PDF worker
(`paper_pdf.PdfWorker`) starts both passes while the paper's kernel runs, each in a folder of
its own. Each pass's file is the preamble, then one line: `\openin` of a named pipe, on which
TeX waits until the pipe is opened for writing (nothing is read from it), then TeX's primitive
`\input` of the body (`\begin{document}` on). Once the notebook is typeset to LaTeX its body
and figures are written beside both passes; the first (draft) pass is released, its .aux
copied beside the second, which is then released and writes the PDF.

TeX sees the document's own tokens (the gate line typesets nothing), the same file names and
the same environment, so the PDF is the one the ordinary two passes make, byte for byte
(tests/test_paper_pdf.py); a document whose preamble is not the one started is typeset the
ordinary way (`matches` is false).
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

NAME = "notebook"  # nbconvert's name for the document: notebook.tex, notebook.aux, notebook.pdf
GATE = "hma-gate.tex"  # the named pipe each pass waits on
BODY = "hma-body.tex"  # the document from `\begin{document}` on
GATE_LINE = f"\\openin15={GATE} \\closein15 \\csname @@input\\endcsname {BODY} \n"
SPLIT = "\n\\begin{document}"


def split(latex: str) -> tuple[str, str] | None:
    r"""`latex` as (preamble, body): the body opens with the line `\begin{document}`.

    >>> split("\\documentclass{article}\n\\begin{document}\nx\n\\end{document}\n")
    ('\\documentclass{article}\n', '\\begin{document}\nx\n\\end{document}\n')
    >>> split("no document") is None
    True
    """
    at = latex.find(SPLIT)
    return None if at < 0 else (latex[: at + 1], latex[at + 1 :])


@dataclass
class _Pass:
    """One XeLaTeX run in its own folder, waiting at the gate for its body."""

    folder: Path
    command: list[str]
    process: subprocess.Popen
    output: IO[bytes]

    @classmethod
    def start(cls, preamble: str, command: list[str], files: Mapping[str, bytes], env: Mapping[str, str]) -> _Pass:
        folder = Path(tempfile.mkdtemp(prefix="hma-latex-"))
        for name, data in files.items():
            (folder / name).write_bytes(data)
        os.mkfifo(folder / GATE)
        (folder / f"{NAME}.tex").write_text(preamble + GATE_LINE, encoding="utf-8")
        output = tempfile.TemporaryFile()
        process = subprocess.Popen(
            command, cwd=folder, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT, env=dict(env)
        )
        return cls(folder, command, process, output)

    def release(self) -> None:
        """Open the gate: TeX, waiting in `\\openin` (or on its way there), reads on."""
        while True:
            try:
                os.close(os.open(self.folder / GATE, os.O_WRONLY | os.O_NONBLOCK))
                return
            except OSError as exc:  # ENXIO: TeX has not reached the gate yet
                if exc.errno != errno.ENXIO or self.process.poll() is not None:
                    return  # it ended before the gate: `wait` reports why
                time.sleep(0.002)

    def wait(self) -> tuple[int, str]:
        """Exit code and everything the run printed."""
        code = self.process.wait()
        self.output.seek(0)
        return code, self.output.read().decode("utf-8", "replace")

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.output.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass
class LatexPasses:
    """A draft pass (`-no-pdf`, writes the .aux) and a final pass, both waiting for the body."""

    preamble: str
    env: dict[str, str]
    passes: list[_Pass] = field(default_factory=list)

    @classmethod
    def start(
        cls, preamble: str, command: list[str], files: Mapping[str, bytes], env: Mapping[str, str]
    ) -> LatexPasses:
        """`command`: the final pass's (`{filename}` for the .tex); the draft adds `-no-pdf` after the program."""
        final = [c.format(filename=f"{NAME}.tex") for c in command]
        draft = [final[0], "-no-pdf", *final[1:]]
        started = cls(preamble, dict(env))
        try:
            for cmd in (draft, final):
                started.passes.append(_Pass.start(preamble, cmd, files, env))
        except BaseException:  # e.g. no named pipes in the temporary folder: nothing is left running
            started.close()
            raise
        return started

    def matches(self, latex: str, env: Mapping[str, str]) -> bool:
        """Whether these passes typeset `latex` as two ordinary passes in `env` would."""
        parts = split(latex)
        return parts is not None and parts[0] == self.preamble and dict(env) == self.env

    def run(self, folder: Path, fail: Callable[[str], Exception]) -> None:
        """Typeset `folder`/notebook.tex (with the figures beside it) and leave what the
        final pass wrote (PDF, .aux, .log) in `folder`; a failed pass raises `fail(message)`."""
        body = split((folder / f"{NAME}.tex").read_text(encoding="utf-8"))[1]  # type: ignore[index]
        extra = [p for p in folder.iterdir() if p.is_file() and p.name != f"{NAME}.tex"]
        draft, final = self.passes
        for run in self.passes:
            for path in extra:
                if not (run.folder / path.name).exists():  # the font is there already, and open
                    shutil.copyfile(path, run.folder / path.name)
            (run.folder / BODY).write_text(body, encoding="utf-8")
        for run in self.passes:
            if run is final:
                shutil.copyfile(draft.folder / f"{NAME}.aux", final.folder / f"{NAME}.aux")
            run.release()
            code, out = run.wait()
            if code:
                raise fail(f'Failed to run "{run.command}" command:\n{out}')
        for suffix in (".pdf", ".aux", ".log"):
            if (final.folder / f"{NAME}{suffix}").is_file():
                shutil.copyfile(final.folder / f"{NAME}{suffix}", folder / f"{NAME}{suffix}")

    def close(self) -> None:
        """Stop whatever still runs and remove the folders."""
        for run in self.passes:
            run.close()
