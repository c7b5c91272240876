"""Headless Chromium driven over the DevTools protocol, for checking report pages.

Used by the report's browser test, by `bench/report_scale.py` (load time of a
10,000-article report) and to regenerate docs/report.png. The protocol runs over
a pipe (`--remote-debugging-pipe`: JSON messages ending in NUL on fds 3 and 4),
so no port is opened and no websocket library is needed.

    >>> with Chromium(width=390) as browser:
    ...     browser.open("file:///tmp/report.html")
    ...     browser.evaluate("document.scrollingElement.scrollWidth")
    390
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

# Without these, Chromium on a machine with no network waits on connections
# (component updates, QUIC probes, sync) and a headless run can hang.
QUIET_FLAGS = (
    "--headless",
    "--no-sandbox",  # CI runs as root, where the sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
)


class BrowserError(RuntimeError):
    """Chromium is missing, did not start, or did not answer in time."""


def find_chromium() -> str | None:
    """The Chromium executable: $TALENTFLOW_CHROMIUM when set, else the first on PATH
    (Debian: `chromium`; Ubuntu: `chromium-browser`), or None."""
    chosen = os.environ.get("TALENTFLOW_CHROMIUM")
    if chosen:
        return chosen
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Chromium:
    """One headless browser with one page; `open`, `evaluate`, `screenshot`, then `close`."""

    def __init__(self, *, width: int = 1280, height: int = 900, executable: str | None = None, timeout: float = 60) -> None:
        self.executable = executable or find_chromium()
        if self.executable is None:
            raise BrowserError("Chromium is not installed (no chromium or chromium-browser on PATH)")
        self.timeout = timeout
        self.width, self.height = width, height
        self._profile = tempfile.mkdtemp(prefix="talentflow-chromium-")
        self._next_id = 0
        self._buffer = b""
        self._events: list[dict] = []
        self._session: str | None = None
        # A file, not a pipe: nobody reads Chromium's log while it runs, and a full pipe would stall it.
        self._log = tempfile.TemporaryFile()
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def wire() -> None:
            # The browser reads commands on fd 3 and writes answers on fd 4. Copied to
            # fresh descriptors first, so a pipe already at 3 or 4 is not overwritten.
            read_end, write_end = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        command = [
            self.executable,
            *QUIET_FLAGS,
            f"--user-data-dir={self._profile}",
            "--remote-debugging-pipe",
            "--hide-scrollbars",
            f"--window-size={width},{height}",
            "about:blank",
        ]
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
                preexec_fn=wire,
                pass_fds=(3, 4),
            )
        except OSError as err:
            raise BrowserError(f"{self.executable}: cannot start ({err})") from err
        finally:
            os.close(to_browser_read)
            os.close(from_browser_write)
        try:
            self._attach()
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------ protocol

    def _send(self, method: str, params: dict | None = None, *, session: bool = True) -> dict:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self._session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self._events.append(reply)

    def _read(self, deadline: float | None = None) -> dict:
        deadline = deadline or time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError(f"Chromium did not answer within {self.timeout:.0f} s")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise BrowserError(f"Chromium exited: {self._stderr_tail()}")
                self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def _wait_event(self, method: str) -> dict:
        deadline = time.monotonic() + self.timeout
        while True:
            for index, event in enumerate(self._events):
                if event.get("method") == method:
                    return self._events.pop(index)
            self._events.append(self._read(deadline))

    def _stderr_tail(self) -> str:
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self._log.seek(0)
        return self._log.read().decode(errors="replace")[-800:].strip() or "(no output)"

    def _attach(self) -> None:
        targets = self._send("Target.getTargets", session=False)["targetInfos"]
        page = next((t for t in targets if t["type"] == "page"), None)
        if page is None:
            page = {"targetId": self._send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]}
        self._session = self._send("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True}, session=False)[
            "sessionId"
        ]
        self._send("Page.enable")
        self._send("Runtime.enable")
        self._send("Performance.enable")
        self.resize(self.width, self.height)

    # ------------------------------------------------------------ page

    def resize(self, width: int, height: int) -> None:
        """The viewport in CSS pixels (a phone is 390 wide)."""
        self.width, self.height = width, height
        self._send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )

    def open(self, url: str) -> float:
        """Load `url` and wait for its load event; the wall-clock seconds it took.

        A URL differing from the page's only by its #fragment is a jump within
        the page (the page's hashchange handlers run), not a new load."""
        self._events = [event for event in self._events if event.get("method") != "Page.loadEventFired"]
        started = time.perf_counter()
        result = self._send("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise BrowserError(f"{url}: {result['errorText']}")
        if result.get("loaderId"):  # none when only the #fragment changed: no load event follows
            self._wait_event("Page.loadEventFired")
        return time.perf_counter() - started

    def evaluate(self, expression: str, *, wait: bool = True) -> Any:
        """The value of a JavaScript expression in the page (promises awaited)."""
        result = self._send(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": wait}
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"{expression[:80]}: {text}")
        return result["result"].get("value")

    def wait_for(self, expression: str, *, timeout: float | None = None) -> Any:
        """Poll until `expression` is truthy; its value."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {expression[:80]}")
            time.sleep(0.02)

    def screenshot(self, path: str | os.PathLike, *, full_page: bool = False) -> Path:
        """A PNG of the viewport (or of the whole page, up to 16,000 px)."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            size = self.evaluate("[document.scrollingElement.scrollWidth, document.scrollingElement.scrollHeight]")
            params |= {"captureBeyondViewport": True, "clip": {"x": 0, "y": 0, "width": size[0], "height": min(size[1], 16000), "scale": 1}}
        data = self._send("Page.captureScreenshot", params)["data"]
        path = Path(path)
        path.write_bytes(base64.b64decode(data))
        return path

    def metrics(self) -> dict[str, float]:
        """The page's DevTools performance metrics: `ThreadTime` (CPU seconds of the
        renderer's main thread), `ProcessTime`, `ScriptDuration`, `LayoutDuration`, `Nodes`, …
        CPU time, unlike wall time, barely moves when other work shares the machine."""
        return {metric["name"]: metric["value"] for metric in self._send("Performance.getMetrics")["metrics"]}

    def console_errors(self) -> list[str]:
        """Uncaught exceptions and console.error messages seen so far."""
        errors = []
        for event in self._events:
            if event.get("method") == "Runtime.exceptionThrown":
                details = event["params"]["exceptionDetails"]
                errors.append(details.get("exception", {}).get("description") or details.get("text", ""))
            elif event.get("method") == "Runtime.consoleAPICalled" and event["params"]["type"] == "error":
                errors.append(" ".join(str(arg.get("value", arg.get("description", ""))) for arg in event["params"]["args"]))
        return errors

    def close(self) -> None:
        try:
            if self._process.poll() is None:
                try:
                    self._send("Browser.close", session=False)
                except (BrowserError, OSError):
                    pass
                try:
                    self._process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait()
        finally:
            for fd in (self._to_browser, self._from_browser):
                try:
                    os.close(fd)
                except OSError:
                    pass
            self._log.close()
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def main(argv: list[str] | None = None) -> int:
    """`python -m talentflow.analysis.browser PAGE.html OUT.png [--width W] [--height H]`: a screenshot
    of a report once its script has drawn it (how docs/report.png is made)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m talentflow.analysis.browser", description=main.__doc__.split("\n")[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1220)
    args = parser.parse_args(argv)
    if not args.page.is_file():
        parser.exit(2, f"error: {args.page}: no such file\n")
    try:
        with Chromium(width=args.width, height=args.height) as browser:
            browser.open(args.page.resolve().as_uri())
            browser.wait_for("document.body.getAttribute('data-ready') === '1' || !document.getElementById('report-data')")
            browser.screenshot(args.out)
    except BrowserError as err:
        parser.exit(1, f"error: {err}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
