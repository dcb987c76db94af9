"""A real HTTP server on 127.0.0.1 for the tests of `check URL` (never a mock)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _QuietServer(ThreadingHTTPServer):
    """A server whose handler threads never print: a client that hangs up early (a
    timeout or size-cap test) would otherwise print a traceback from a thread that
    outlives its test, into whatever output the next test is capturing."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1") -> Iterator[str]:
    """Serve with `handler` on a free port of `host` (a loopback address: 127.0.0.2 is
    another machine to a client) while the block runs; yields the base URL."""
    httpd = _QuietServer((host, 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
