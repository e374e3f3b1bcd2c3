"""Run the CLI's ``main()`` in this process and capture what a user would see."""

import subprocess
import sys


def essaylens_inproc(*args: str) -> subprocess.CompletedProcess:
    """Run the CLI's ``main()`` in this process (fast: models stay loaded)."""
    import contextlib
    import io
    from unittest import mock

    from essaylens.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    code = 0
    with mock.patch.object(sys, "argv", ["essaylens", *args]), \
            contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return subprocess.CompletedProcess(args, code, out.getvalue().encode(),
                                       err.getvalue().encode())
