"""Fetch a web page for `check`: http and https only, bounded in time, size and hops.

Only HTML and plain text are accepted. Every failure is one plain line and exit 3
(an InputError): a 404 or other HTTP error, a timeout, a host that cannot be found,
a refused connection, too many redirects, another content type, a page too large.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from email.message import Message
from http.client import HTTPMessage
from typing import IO, Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from stemcell_cli import __version__
from stemcell_cli.core.errors import InputError
from stemcell_cli.core.textclean import clean

#: Seconds for the whole fetch (connecting, each read, and all of them together).
TIMEOUT = 15.0
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
_CHUNK = 64 * 1024


class Page(NamedTuple):
    url: str
    body: bytes
    charset: str | None
    is_html: bool


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, and only to http or https; an address
    that redirects to itself is followed twice, not a third time."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:  # fmt: skip
        if urlsplit(newurl).scheme.casefold() not in SCHEMES:
            raise InputError(
                f"{clean(req.full_url)}: redirected to a non-web address, not followed"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, limit: int, timeout: float = TIMEOUT) -> Page:
    """The page at `url`: at most `limit` bytes, within `timeout` seconds in all."""
    label = clean(url)
    parts = urlsplit(url)
    if parts.scheme.casefold() not in SCHEMES or not parts.hostname:
        raise InputError(f"{label}: only http:// and https:// addresses can be checked")
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"stemcell/{__version__} (advert check)",
            "Accept": "text/html, application/xhtml+xml, text/plain;q=0.9",
            "Accept-Encoding": "identity",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            return _read(response, label, limit, deadline)
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            target = exc.headers.get("Location") if exc.headers is not None else None
            location = urljoin(exc.geturl(), target or "")
            if urlsplit(location).scheme.casefold() not in SCHEMES:
                raise InputError(
                    f"{label}: redirected to a non-web address, not followed"
                ) from None
            raise InputError(
                f"{label}: more than {MAX_REDIRECTS} redirects, not followed"
            ) from None
        reason = clean(str(exc.reason)) if exc.reason else ""
        raise InputError(f"{label}: the server answered {exc.code} {reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        raise InputError(f"{label}: {_why(exc.reason, timeout)}") from None
    except TimeoutError:
        raise InputError(f"{label}: no answer within {timeout:g} s") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot be fetched ({_why(exc, timeout)})") from None
    except ValueError as exc:
        raise InputError(f"{label}: not a usable address ({clean(str(exc))})") from None


def _why(reason: Any, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return "the host name cannot be found"
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot be fetched ({clean(reason.strerror)})"
    return f"cannot be fetched ({clean(str(reason))})"


def _read(response: Any, label: str, limit: int, deadline: float) -> Page:
    headers: Message = response.headers
    content_type = headers.get_content_type()
    if content_type not in HTML_TYPES | TEXT_TYPES:
        raise InputError(f"{label}: is {clean(content_type)}, not a web page or plain text")
    encoding = headers.get("Content-Encoding", "identity").casefold()
    if encoding not in ("identity", ""):
        raise InputError(f"{label}: sent compressed ({clean(encoding)}), not read")
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise InputError(_too_big(label, limit))
    chunks: list[bytes] = []
    size = 0
    # read1 returns what one read of the socket brings: read() would wait for the whole
    # chunk, so a server sending a byte now and then would never reach the deadline.
    read = getattr(response, "read1", response.read)
    while size <= limit:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise InputError(_too_big(label, limit))
    charset = headers.get_content_charset()
    return Page(response.geturl(), b"".join(chunks), charset, content_type in HTML_TYPES)


def _too_big(label: str, limit: int) -> str:
    return f"{label}: larger than the {limit // (1024 * 1024)} MiB limit for check"
