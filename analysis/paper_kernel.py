"""The paper's Jupyter kernel: ipykernel as its own launcher starts it, without the debugger.

Why (issue #15): ipykernel imports debugpy when its kernel starts, whether or not anyone will
debug (~0.1 s CPU and ~140 modules, on the paper job's critical path: the cells wait for the
kernel). Nobody attaches a debugger to a batch build, so `analysis.notebook` starts the paper's
kernel with this file in place of `-m ipykernel_launcher` (`without_debugger`). debugpy made
unimportable is ipykernel's own "no debugger" case; the kernel otherwise is the same: the same
`sys.path` (this file's folder is dropped as the launcher drops the working directory, which
IPython adds back), the same shell, the same outputs.

It is run as a file, not a module (`-m analysis.paper_kernel`): it then imports nothing of the
project, whose folder is not on `sys.path` yet.
"""

import sys

if __name__ == "__main__":
    del sys.path[0]  # this file's folder (analysis/): its modules would shadow others
    sys.modules["debugpy"] = None  # type: ignore[assignment]  # importing it raises ImportError

    from ipykernel import kernelapp

    kernelapp.launch_new_instance()
