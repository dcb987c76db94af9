"""Attack16's findings, each through the installed command in a subprocess
(docs/security.md, "Attacks tried")."""

from __future__ import annotations

import json
import os
import pwd
import subprocess
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from installed import SCRIPT, found_on_web_page
from localhttp import serving


def test_a_space_between_two_inline_tags_parts_the_words(tmp_path: Path) -> None:
    """A browser shows "Stem <b>cells</b> <b>cure</b> arthritis" as "Stem cells cure
    arthritis": the space between the two tags was skipped as white space between tags,
    and since attack15 inline tags part no word, "cellscure" was one word and the
    claim went unread (exit 0). White space between tags parts words again; a tag
    inside a word still does not."""
    for body in (
        "<p>Our stem <b>cells</b> <b>cure</b> arthritis.</p>",
        "<p>Our stem cells<b></b> <b></b>cure arthritis.</p>",
        "<p>Our <em>stem</em>\n<em>cells</em> <a href='#'>cure</a> <i>arthritis</i>.</p>",
        "<p>Our stem cells<!-- a --> <!-- b -->cure arthritis.</p>",
        "<p>Our stem <b>cells</b>&#32;<b>cure</b> arthritis.</p>",
    ):
        assert "cure-claim" in found_on_web_page(tmp_path, body), body
    for body in (
        "<p>Our stem cells c<b>ur</b>e arthritis.</p>",
        "<p>Our stem cells c<span hidden> </span>ure arthritis.</p>",
    ):
        assert "cure-claim" in found_on_web_page(tmp_path, body), body


def _run_in(folder: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The installed command run in `folder`, with `env` added ("" leaves a variable out)."""
    full = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full.update(env)
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        text=True,
        cwd=folder,
        env={k: v for k, v in full.items() if v != ""},
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def test_a_relative_xdg_folder_is_ignored(tmp_path: Path) -> None:
    """The XDG Base Directory spec: a relative path in `XDG_CONFIG_HOME` or
    `XDG_CACHE_HOME` is invalid and to be ignored. Both were taken from the current
    folder: a folder of someone else's (a cloned repository) holding
    `rel/stemcell/config.toml` set the format, the data dir and the pager program run,
    and the cache was written into whatever folder the command ran in. A relative
    value is now ignored, as if unset (the folders under `$HOME`)."""
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    (work / "rel" / "stemcell").mkdir(parents=True)
    (work / "rel" / "stemcell" / "config.toml").write_text('format = "json"\n')
    env = {"HOME": str(home), "STEMCELL_CONFIG": "", "STEMCELL_CACHE_DIR": ""}
    env |= {"STEMCELL_FORMAT": "", "STEMCELL_NO_CACHE": ""}
    for relative in ("rel", "./rel", "rel/"):
        result = _run_in(work, "explain", "oa", XDG_CONFIG_HOME=relative, **env)
        assert result.returncode == 0, result.stderr
        assert not result.stdout.lstrip().startswith("{"), relative
        result = _run_in(work, "config", "-f", "json", XDG_CONFIG_HOME=relative, **env)
        shown = json.loads(result.stdout)["config_file"]
        assert Path(shown).is_absolute() and Path(shown).is_relative_to(home), shown
    before = sorted(work.rglob("*"))
    for relative in ("cache", "../cache", "rel"):
        result = _run_in(work, "explain", "oa", XDG_CACHE_HOME=relative, **env)
        assert result.returncode == 0, result.stderr
    assert sorted(work.rglob("*")) == before
    assert not (tmp_path / "cache").exists()
    assert (home / ".cache" / "stemcell").is_dir()


def test_a_config_file_others_can_write_or_own_is_refused(tmp_path: Path) -> None:
    """The config file names a program to run (`pager`) and a data dir to read; it was
    taken from wherever `STEMCELL_CONFIG` or `XDG_CONFIG_HOME` pointed, whoever owned it
    and whoever could write it: a config file anyone may write (a shared folder's), or a
    link to another user's, ran the pager they chose. Such a file is refused now, one
    line naming why (as ssh refuses its own config file), exit 3; the program never runs."""
    ran = tmp_path / "ran"
    pager = tmp_path / "pager.sh"
    pager.write_text(f"#!/bin/sh\ntouch {ran}\ncat >/dev/null\n")
    pager.chmod(0o755)
    config = tmp_path / "config.toml"
    config.write_text(f'pager = "{pager}"\nformat = "json"\n')
    config.chmod(0o666)
    env = {"STEMCELL_CONFIG": str(config), "STEMCELL_PAGER": "", "STEMCELL_FORMAT": ""}
    result = _run_in(tmp_path, "--pager", "explain", "oa", **env)
    assert result.returncode == 3, (result.returncode, result.stderr)
    assert "config file" in result.stderr and "chmod o-w" in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert not ran.exists()
    config.chmod(0o644)
    result = _run_in(tmp_path, "explain", "oa", **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().startswith("{")  # the file's own format: it is read
    if os.getuid() == 0:  # another user's file: only root can make one here
        nobody = pwd.getpwnam("nobody")
        os.chown(config, nobody.pw_uid, nobody.pw_gid)
        link = tmp_path / "link.toml"
        link.symlink_to(config)
        for path in (config, link):
            env["STEMCELL_CONFIG"] = str(path)
            result = _run_in(tmp_path, "explain", "oa", **env)
            assert result.returncode == 3, (result.returncode, result.stderr)
            assert "another user" in result.stderr, result.stderr


class _NoLocation(BaseHTTPRequestHandler):
    """A redirect's status with no address to go to; a page, else."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        status = int(self.path.strip("/") or 200)
        body = b"<html><body><p>Moved, but not told where.</p></body></html>"
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_a_redirect_with_no_address_is_told_as_it_is() -> None:
    """A 301, 302, 303, 307 or 308 with no `Location` (a server's mistake, or one that
    wants its reader confused) was told as "more than 5 redirects", which the server
    never sent: one was answered, with nowhere to go. It is now told so, with its
    status, one line and exit 3."""
    with serving(_NoLocation) as base:
        for status in (301, 302, 303, 307, 308):
            result = subprocess.run(
                [SCRIPT, "check", f"{base}/{status}"],
                capture_output=True,
                text=True,
                stdin=subprocess.DEVNULL,
                timeout=60,
                check=False,
            )
            assert result.returncode == 3, (status, result.stderr)
            assert "redirects" not in result.stderr, result.stderr
            assert f"answered {status}" in result.stderr and "no address" in result.stderr
            assert len(result.stderr.splitlines()) == 1, result.stderr
