"""Fetch a web page for `check`: http and https only, bounded in time, size and hops.

Only HTML and plain text are accepted. Every failure is one plain line and exit 3
(an InputError): a 404 or other HTTP error, a timeout, a host that cannot be found,
a refused connection, too many redirects, another content type, a page too large, an
answer that is not HTTP. An address with a user name or password, or with control,
invisible or space characters, is refused before any request; the address shown in
every message never holds a user name or password, and shows its host as a browser
would (`address_label`; `check/page/hosts.py`): a homograph in its `xn--` form. The host is
looked up in its ASCII form, the one shown beside the typed address in JSON
(`ascii_address`). The whole fetch (connecting, the headers, the body) runs against one
deadline. A fetch that starts at a public address never connects to one on this
machine or its network.
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import ipaddress
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from email.message import Message
from http.client import HTTPMessage
from typing import IO, Any, NamedTuple
from urllib.parse import SplitResult, quote, urljoin, urlsplit

from stemcell_cli import __version__
from stemcell_cli.check.page.hosts import ascii_host, shown_host
from stemcell_cli.core.errors import InputError
from stemcell_cli.core.textclean import clean, shortened, visible

#: Seconds for the whole fetch (connecting, the headers, each read, and all together).
TIMEOUT = 15.0
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
_CHUNK = 64 * 1024
#: The scheme of an address, then its user name and password (all before the last
#: `@` of the authority).
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")
#: What is sent as it is in a path or query: printable ASCII (a browser sends every
#: other character percent-encoded as UTF-8).
_PRINTABLE_ASCII = "".join(chr(code) for code in range(0x21, 0x7F))


class Page(NamedTuple):
    url: str
    body: bytes
    charset: str | None
    is_html: bool


#: The scheme of an address without a user name or password, then its host and port.
_AUTHORITY = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)")


def typed_label(url: str) -> str:
    """`url` as typed, without a user name or password (`https://user:secret@host/` is
    `https://host/`), cleaned: what JSON gives beside the address shown."""
    return clean(_USERINFO.sub(r"\1", url))


def address_label(url: str) -> str:
    """`url` as every message and report shows it: without a user name or password,
    its host as a browser's IDN display policy shows it (`hosts.shown_host`: a homograph
    such as `apple-clinic.com` with a Cyrillic "a", U+0430, is `xn--pple-clinic-xij.com`),
    cleaned."""
    return clean(_host_shown(_USERINFO.sub(r"\1", url)))


def _host_shown(url: str) -> str:
    """`url` with its host as `hosts.shown_host` shows it."""
    found = _AUTHORITY.match(url)
    if found is None or (found.group(2).isascii() and "xn--" not in found.group(2).casefold()):
        return url
    host, port = _host_and_port(found.group(2))
    return f"{found.group(1)}{shown_host(host)}{port}{url[found.end() :]}"


def _host_and_port(authority: str) -> tuple[str, str]:
    """The host of `authority` and its `:port` ("" without one)."""
    host, colon, port = authority.rpartition(":")
    if colon and port.isascii() and (port.isdigit() or not port):
        return host, colon + port
    return authority, ""


def ascii_address(url: str) -> str:
    """`url` all in ASCII, as it is fetched: its host as looked up (`xn--...`), letters
    beyond ASCII in the path, query and fragment percent-encoded as UTF-8 (as a browser
    sends them), without a user name or password. A host that cannot be encoded is
    an InputError."""
    return _ascii_parts(_USERINFO.sub(r"\1", url), address_label(url)).geturl()


def _has_userinfo(url: str) -> bool:
    return _USERINFO.match(url) is not None


class _Guard:
    """Where one fetch may connect: once it reached a public address, never an address
    of this machine or its network (loopback, private, link-local such as a cloud's
    metadata service at 169.254.169.254), found from the connected socket itself so
    that no DNS answer can change it after the check."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.started_public: bool | None = None

    def connected(self, sock: socket.socket) -> None:
        host = str(sock.getpeername()[0]).partition("%")[0]
        public = _is_public(host)
        if self.started_public is None:
            self.started_public = public
        elif self.started_public and not public:
            raise InputError(
                f"{self.label}: redirected from the internet to an address of this "
                f"machine or its network ({clean(host)}), not followed"
            )


#: IPv6 prefixes that carry an IPv4 address in their last 32 bits: IPv4-compatible
#: (::/96, deprecated) and NAT64's well-known prefix (64:ff9b::/96, RFC 6052).
_CARRIERS = (ipaddress.ip_network("::/96"), ipaddress.ip_network("64:ff9b::/96"))


def _is_public(host: str) -> bool:
    """Whether `host` (an address) is on the internet: global, and so is any IPv4
    address it carries (attack7: `::127.0.0.1`, `64:ff9b::a9fe:a9fe` and the 6to4
    `2002:7f00:1::` count as global to `ipaddress`, yet name this machine or a
    metadata service to a network that translates them)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        inside = address.ipv4_mapped or address.sixtofour
        if inside is None and any(address in carrier for carrier in _CARRIERS):
            inside = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if inside is not None and not inside.is_global:
            return False
    return address.is_global


class _GuardedHTTP(http.client.HTTPConnection):
    def __init__(self, *args: Any, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._guard = guard

    def connect(self) -> None:
        super().connect()
        self._guard.connected(self.sock)


class _GuardedHTTPS(_GuardedHTTP, http.client.HTTPSConnection):
    """The same guard over TLS: `connect` runs HTTPSConnection's, then the guard's."""


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self._guard = guard

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_GuardedHTTP, guard=self._guard), req)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self._guard = guard

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        # (http.client's default context: certificates and host names checked)
        return self.do_open(functools.partial(_GuardedHTTPS, guard=self._guard), req)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, and only to http or https, never to an
    address with a user name or password; an address that redirects to itself is
    followed twice, not a third time. The address redirected to is read as a browser
    reads it (`_location`) and sent as the first one is: its host in ASCII, as looked
    up (`xn--...`), letters beyond ASCII in its path percent-encoded as UTF-8."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:  # fmt: skip
        location = headers.get("Location") or headers.get("URI")
        if location is not None:  # (urllib's `newurl` has the host percent-encoded)
            newurl = urljoin(req.full_url, _location(location))
        if urlsplit(newurl).scheme.casefold() not in SCHEMES:
            raise InputError(
                f"{address_label(req.full_url)}: redirected to a non-web address, not followed"
            )
        if _has_userinfo(newurl):
            raise InputError(
                f"{address_label(req.full_url)}: redirected to an address with a user name "
                "or password, not followed"
            )
        label = address_label(req.full_url)
        try:
            sent = _ascii_parts(newurl, label)._replace(fragment="").geturl()
        except ValueError:
            raise InputError(f"{label}: redirected to an address that is not usable") from None
        return super().redirect_request(req, fp, code, msg, headers, sent)


def _location(value: str) -> str:
    """A `Location` header as a browser reads it: http.client decodes a header as
    Latin-1, but servers send an address beyond ASCII in UTF-8 (which a browser reads
    first); white space and controls around it are dropped."""
    with contextlib.suppress(UnicodeError):
        value = value.encode("latin-1").decode("utf-8")
    return value.strip("\x00- ")


def _request(url: str) -> urllib.request.Request:
    """The request for `url`, or an InputError if it must not be fetched."""
    if not url.isprintable() or " " in url:
        shown = visible(_host_shown(_USERINFO.sub(r"\1", url)))
        raise InputError(f"{shown}: holds control, invisible or space characters; not fetched")
    label = address_label(url)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (a port out of range is a ValueError here, not later)
    except ValueError:
        raise InputError(f"{label}: not a usable address") from None
    if parts.scheme.casefold() not in SCHEMES or not parts.hostname:
        raise InputError(f"{label}: only http:// and https:// addresses can be checked")
    if _has_userinfo(url):
        raise InputError(
            f"{label}: holds a user name or password; stemcell never sends them, not fetched"
        )
    sent = _ascii_parts(url, label)._replace(fragment="").geturl()
    return urllib.request.Request(
        sent,
        headers={
            "User-Agent": f"stemcell/{__version__} (advert check)",
            "Accept": "text/html, application/xhtml+xml, text/plain;q=0.9",
            "Accept-Encoding": "identity",
        },
    )


def _ascii_parts(url: str, label: str) -> SplitResult:
    """The parts of `url` (with no user name or password) as they are sent: the host in
    its ASCII form, looked up as shown; letters beyond ASCII in the path, query and
    fragment percent-encoded as UTF-8, as a browser does."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if not netloc.isascii():
        host, port = _host_and_port(netloc)
        try:
            netloc = ascii_host(host.lower()) + port
        except UnicodeError:
            raise InputError(f"{label}: the host name cannot be encoded for a lookup") from None
    return parts._replace(
        netloc=netloc,
        path=quote(parts.path, safe=_PRINTABLE_ASCII),
        query=quote(parts.query, safe=_PRINTABLE_ASCII),
        fragment=quote(parts.fragment, safe=_PRINTABLE_ASCII),
    )


def fetch(url: str, limit: int, timeout: float = TIMEOUT) -> Page:
    """The page at `url`: at most `limit` bytes, within `timeout` seconds in all.

    The fetch runs in a thread the caller waits for at most `timeout`: a server that
    sends its headers a byte at a time, or a TLS handshake that never ends, is cut off
    at the deadline as a slow body is (the thread, a daemon, is left to the exit)."""
    request = _request(url)
    label = address_label(url)
    outcome: list[Page | BaseException] = []

    def run() -> None:
        try:
            outcome.append(_fetch(request, label, limit, timeout))
        except BaseException as exc:  # handed to the caller's thread as it is
            outcome.append(exc)

    worker = threading.Thread(target=run, name="stemcell-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise InputError(f"{label}: no answer within {timeout:g} s")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _fetch(request: urllib.request.Request, label: str, limit: int, timeout: float) -> Page:
    guard = _Guard(label)
    opener = urllib.request.build_opener(_HTTP(guard), _HTTPS(guard), _Redirects())
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            return _read(response, label, limit, deadline)
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            headers = exc.headers
            target = headers.get("Location") or headers.get("URI") if headers else None
            if not target:  # (a redirect to nowhere: urllib gives it back as it came)
                raise InputError(
                    f"{label}: the server answered {exc.code} with no address to go to"
                ) from None
            location = urljoin(exc.geturl(), target)
            if urlsplit(location).scheme.casefold() not in SCHEMES:
                raise InputError(
                    f"{label}: redirected to a non-web address, not followed"
                ) from None
            raise InputError(
                f"{label}: more than {MAX_REDIRECTS} redirects, not followed"
            ) from None
        reason = _said(str(exc.reason)) if exc.reason else ""
        raise InputError(f"{label}: the server answered {exc.code} {reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        raise InputError(f"{label}: {_why(exc.reason, timeout)}") from None
    except TimeoutError:
        raise InputError(f"{label}: no answer within {timeout:g} s") from None
    except OSError as exc:
        raise InputError(f"{label}: {_why(exc, timeout)}") from None
    except http.client.InvalidURL:
        raise InputError(f"{label}: not a usable address") from None
    except http.client.HTTPException:
        # A bad status line, a header line over 64 KiB, more than 100 headers, broken
        # chunks: the server's bytes are never quoted (they may be escape sequences).
        raise InputError(f"{label}: the server's answer is not valid HTTP, not read") from None
    except ValueError as exc:
        raise InputError(f"{label}: not a usable address ({_said(str(exc))})") from None


def _why(reason: Any, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return "the host name cannot be found"
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot be fetched ({_said(reason.strerror)})"
    return f"cannot be fetched ({_said(str(reason))})"


def _said(text: str) -> str:
    """Words a server chose (a status's reason, a content type, an encoding) or an
    error quoting them, as a message shows them: cleaned, one line, cut to 80
    characters (a status line may be 64 KiB; attack7)."""
    return shortened(clean(text, one_line=True))


def _read(response: Any, label: str, limit: int, deadline: float) -> Page:
    headers: Message = response.headers
    content_type = headers.get_content_type()
    if content_type not in HTML_TYPES | TEXT_TYPES:
        raise InputError(f"{label}: is {_said(content_type)}, not a web page or plain text")
    encoding = headers.get("Content-Encoding", "identity").casefold()
    if encoding not in ("identity", ""):
        raise InputError(f"{label}: sent compressed ({_said(encoding)}), not read")
    length = headers.get("Content-Length")
    # (ASCII digits, compared by their count first: `int` of over 4,300 digits is a
    # ValueError, which was "not a usable address", attack12)
    digits = length.lstrip("0") if length and length.isascii() and length.isdigit() else ""
    if len(digits) > len(str(limit)) or (digits and int(digits) > limit):
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
