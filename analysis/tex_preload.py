r"""The paper PDF's two XeLaTeX passes, started before the notebook they typeset is known.

Why: each pass spends ~1 s CPU on the preamble (packages, Noto Sans Devanagari through fontspec)
and ~0.2 s on the paper itself, and both passes ran after the paper's kernel, at the end of
the seed build's critical path (issue #15). The preamble does not depend on the notebook
(nbconvert's template, the title, the font), so the PDF worker (`paper_pdf.PdfWorker`) starts
both passes while the kernel runs: each reads the preamble of `notebook.tex`, whose last line
`\csname @@input\endcsname \jobname.body` (TeX's own `\input`, which opens a file once) makes it
wait on a named pipe for the rest. When the notebook comes, the document from
`\begin{document}` on is written to the draft's pipe, its .aux becomes the final pass's, and
the document goes to the final pass's pipe: TeX reads the same lines as from one file, so the
PDF is the same, byte for byte (tests). A UTF-8 byte-order mark leads each pipe's text:
XeTeX reads one and sets it aside, where it would rewind, which a pipe cannot, after sniffing
any other first bytes.

Where the document's preamble is not the one started (another template or title), nothing
is fed and the passes run as before. The worker holds each pipe open for writing from the
start and each pass dies with its worker (`_die_with_parent`; Linux only, elsewhere nothing is
started early), so no pass is left waiting on a pipe nobody will write.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

DRIVER = "\n\\csname @@input\\endcsname \\jobname.body \n"
BOM = b"\xef\xbb\xbf"
BEGIN = "\n\\begin{document}"
DRAFT_JOB = "draft"


def _die_with_parent() -> None:
    """In a pass, before XeLaTeX starts: killed with the worker that started it (Linux's PR_SET_PDEATHSIG).

    Why: a worker killed while a pass still reads its preamble (the notebook failed) leaves no
    writer for the pass's pipe, and opening a pipe without one waits forever.
    """
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)


def _unread(pipe: int) -> int:
    """Bytes written into the pipe and not yet read."""
    import fcntl
    import struct
    import termios

    return struct.unpack("i", fcntl.ioctl(pipe, termios.FIONREAD, b"\0\0\0\0"))[0]


def split_preamble(latex: str) -> tuple[str, str] | None:
    """(preamble, document from `\\begin{document}` on), or None for a document not cut so."""
    at = latex.find(BEGIN)
    return (latex[:at], latex[at + 1 :]) if at >= 0 and latex.count(BEGIN) == 1 else None


@dataclass
class Pass:
    """One XeLaTeX run reading the preamble, waiting on its pipe for the document."""

    process: subprocess.Popen
    pipe: int  # the pipe's descriptor, open for writing (and reading, so that opening never blocks)

    def feed(self, text: bytes) -> tuple[int, bytes]:
        """Write the document into the pass's pipe; wait for the pass; (exit code, its output).

        The pipe is closed only once TeX has read all of it (or has ended): a pipe's unread
        bytes are lost when its last writer closes it before its reader opens it.
        """
        rest = memoryview(BOM + text)
        while self.process.poll() is None and (rest or _unread(self.pipe)):
            try:
                rest = rest[os.write(self.pipe, rest) :] if rest else rest
            except BlockingIOError:
                pass
            select.select([], [self.pipe] if rest else [], [], 0.02)  # room in the pipe, else a pause
        os.close(self.pipe)
        out, _ = self.process.communicate()
        return self.process.returncode, out or b""

    def stop(self) -> None:
        self.process.kill()
        self.process.communicate()
        try:
            os.close(self.pipe)
        except OSError:
            pass


@dataclass
class PreloadedPasses:
    """A draft pass (`-no-pdf`, its own job name) and the final pass, both waiting in `folder`."""

    folder: tempfile.TemporaryDirectory
    preamble: str
    texinputs: str
    passes: dict[str, Pass] = field(default_factory=dict)

    @classmethod
    def start(
        cls, preamble: str, files: Mapping[str, bytes], command: list[str], texinputs: str, env: Mapping[str, str]
    ) -> PreloadedPasses | None:
        """Start both passes on `preamble` (`command`: nbconvert's XeLaTeX command, `{filename}` in it)."""
        if sys.platform != "linux" or shutil.which(command[0]) is None:  # named pipes, a parent's death signal
            return None
        self = cls(tempfile.TemporaryDirectory(prefix="hma-tex-"), preamble, texinputs)
        folder = Path(self.folder.name)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        (folder / "notebook.tex").write_text(preamble + DRIVER, encoding="utf-8")
        draft = [command[0], "-no-pdf", f"-jobname={DRAFT_JOB}", *command[1:]]
        for job, argv in ((DRAFT_JOB, draft), ("notebook", command)):
            fifo = folder / f"{job}.body"
            os.mkfifo(fifo)
            pipe = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
            argv = [c.format(filename="notebook.tex") for c in argv]
            process = subprocess.Popen(
                argv,
                cwd=folder,
                env=dict(env),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent,
            )
            self.passes[job] = Pass(process, pipe)
        return self

    def typeset(self, tex_file: Path, texinputs: str, failed: Callable[[bytes], None]) -> bool | None:
        """Both passes over `tex_file`'s document, their files (PDF, log, aux) put beside it.

        None (nothing fed, both passes stopped) where `tex_file` has another preamble: the
        caller runs XeLaTeX itself. `failed` gets a failing pass's output (it raises).
        """
        parts = split_preamble(tex_file.read_text(encoding="utf-8"))
        if parts is None or parts[0] != self.preamble or texinputs != self.texinputs:
            self.close()
            return None
        folder, body = Path(self.folder.name), parts[1].encode("utf-8")
        for f in tex_file.parent.iterdir():  # the figures nbconvert wrote beside the .tex
            if f.is_file() and f.name != tex_file.name:
                shutil.copyfile(f, folder / f.name)
        try:
            for job in (DRAFT_JOB, "notebook"):
                code, out = self.passes.pop(job).feed(body)
                if code:
                    failed(out)
                if job == DRAFT_JOB:
                    os.replace(folder / f"{DRAFT_JOB}.aux", folder / "notebook.aux")
            for name in ("notebook.pdf", "notebook.log", "notebook.aux"):
                if (folder / name).is_file():
                    shutil.copyfile(folder / name, tex_file.parent / name)
        finally:
            self.close()
        return True

    def close(self) -> None:
        """Stop the passes not fed and remove their folder."""
        for job in list(self.passes):
            self.passes.pop(job).stop()
        self.folder.cleanup()
