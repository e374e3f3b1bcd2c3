"""Headless Chromium (Debian's ``chromium`` package) driven by Playwright.

Never downloads a browser: the tests use ``/usr/bin/chromium`` (or
``$ESSAYLENS_CHROMIUM``) and skip with the install lines when it is absent.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
INSTALL = "apt-get install -y chromium && pip install 'playwright>=1.45,<2'"


def chromium_path() -> str | None:
    for candidate in (os.environ.get("ESSAYLENS_CHROMIUM"), "/usr/bin/chromium",
                      shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    exe = chromium_path()
    if exe is None:
        pytest.skip(f"no chromium binary (Debian package 'chromium'); install: {INSTALL}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip(f"the playwright Python package is not installed; install: {INSTALL}")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=ARGS)
        yield b
        b.close()


@dataclass
class Visit:
    page: Any
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture()
def visit(browser: Any) -> Iterator[Any]:
    """Open a local file; record console errors, every request and any dialog."""
    contexts = []

    def open_file(path: Path, width: int = 1100) -> Visit:
        ctx = browser.new_context(viewport={"width": width, "height": 900})
        contexts.append(ctx)
        page = ctx.new_page()
        v = Visit(page)
        page.on("console", lambda m: v.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: v.console_errors.append(str(e)))
        page.on("request", lambda r: v.requests.append(r.url))
        page.on("dialog", lambda d: (v.dialogs.append(d.message), d.dismiss()))
        page.goto(path.resolve().as_uri(), wait_until="load")
        page.wait_for_timeout(150)
        return v

    yield open_file
    for ctx in contexts:
        ctx.close()
