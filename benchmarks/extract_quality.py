"""Main-text extraction for `stemcell check URL`: our reader (check/page/source.py, the
standard library's `re` only) against trafilatura, scored on the labelled adverts:
`python benchmarks/extract_quality.py`.

Each advert of benchmarks/adverts is put into web page shells like the ones clinic
sites use: a menu, a sidebar and a footer full of words that would be false alarms if
read as the advert ("Testimonials", "Financing", "Book now", a list of every disease
the clinic treats, "FDA-registered lab"). Each extractor reduces the page to text, the
matcher reads it, and the findings are scored against the labels as in
check_quality.py (both splits together: this measures the extractor, nothing is tuned
on it). Also printed: the time to import the extractor and to extract one page.

trafilatura is not a dependency of stemcell; install it in the venv to compare
(`pip install trafilatura lxml_html_clean`), or the script scores the parser alone.
"""

from __future__ import annotations

import html
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from check_quality import CATEGORIES, KIND, RENAMED, Tally, load_pages, score  # noqa: E402

MENU = ["Home", "Knee Pain", "Back Pain", "Shoulder", "Patient Testimonials", "Financing",
        "Book Now", "Our FDA-registered Lab", "Contact"]  # fmt: skip
SIDEBAR = (
    "Related articles: Can stem cells cure arthritis? Read our patient success stories. "
    "Limited time offer: only 3 spots left this month, book now."
)
FOOTER = (
    "Conditions we treat: knee pain, back pain, rotator cuff tears, Parkinson's disease, "
    "multiple sclerosis, COPD, heart failure, autism, erectile dysfunction. "
    "Flexible financing and payment plans. Travel packages with hotel and airport "
    "transfers. Copyright 2024. These statements have not been evaluated by the FDA."
)
COOKIE = "We use cookies to improve your experience. Accept all cookies."


def _paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html.escape(part)}</p>" for part in text.split("\n\n") if part.strip())


def semantic(title: str, text: str) -> str:
    """A modern page: <header>, <nav>, <main>, <aside>, <footer>."""
    menu = "".join(f'<li><a href="#">{item}</a></li>' for item in MENU)
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>\n"
        f'<div class="cookie-banner">{COOKIE}</div>\n'
        f"<header><a href='/'>{title}</a><nav><ul>{menu}</ul></nav></header>\n"
        f"<main><article>\n{_paragraphs(text)}\n</article></main>\n"
        f"<aside>{SIDEBAR}</aside>\n<footer>{FOOTER}</footer>\n</body></html>\n"
    )


def divs(title: str, text: str) -> str:
    """A page builder's page: only <div>s, the parts named by class and id."""
    menu = "".join(f'<div class="menu-item"><a href="#">{item}</a></div>' for item in MENU)
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>\n"
        f'<div id="cookie-notice">{COOKIE}</div>\n'
        f'<div class="site-header"><div class="main-menu">{menu}</div></div>\n'
        f'<div class="content"><div class="entry-content">\n{_paragraphs(text)}\n</div></div>\n'
        f'<div class="sidebar widget-area">{SIDEBAR}</div>\n'
        f'<div class="site-footer">{FOOTER}</div>\n</body></html>\n'
    )


def bare(title: str, text: str) -> str:
    """An old table layout with nothing named: only the structure tells the parts apart."""
    menu = " | ".join(f'<a href="#">{item}</a>' for item in MENU)
    return (
        f"<html><head><title>{title}</title></head><body><table>\n"
        f"<tr><td>{menu}</td></tr>\n"
        f"<tr><td>\n{_paragraphs(text)}\n</td><td>{SIDEBAR}</td></tr>\n"
        f"<tr><td>{FOOTER}</td></tr>\n</table></body></html>\n"
    )


SHELLS: dict[str, Callable[[str, str], str]] = {"semantic": semantic, "divs": divs, "bare": bare}
OURS = "ours (stdlib re)"


def our_lines(page: str) -> list[str]:
    from stemcell_cli.check.page.source import html_lines

    return html_lines(page)[0]


def trafilatura_lines(page: str) -> list[str]:
    import trafilatura

    text = trafilatura.extract(page, include_comments=False, include_tables=True) or ""
    return [line for part in text.splitlines() for line in (part, "")]


def import_ms(module: str) -> float:
    import subprocess

    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    os.environ.setdefault("STEMCELL_NO_CACHE", "1")
    from stemcell_cli.check.matching.wordings import matcher_for
    from stemcell_cli.check.page.source import AdText
    from stemcell_cli.check.report import build_report
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    matcher = matcher_for(catalog)
    pages = load_pages()
    extractors: dict[str, Callable[[str], list[str]]] = {OURS: our_lines}
    try:
        import trafilatura  # noqa: F401

        extractors["trafilatura"] = trafilatura_lines
    except ImportError:
        print("(trafilatura is not installed: scoring our reader alone)")
    print("extractor           shell      precision recall    F1  ms/page")
    for name, extract in extractors.items():
        shells: dict[str, Callable[[str, str], str] | None] = dict(SHELLS)
        if name == OURS:
            shells = {"plain text": None, **shells}  # the matcher alone, for reference
        for shell_name, shell in shells.items():
            total, seconds = Tally(), 0.0
            for page in pages:
                if shell is None:
                    lines = page.text.splitlines()
                else:
                    document = shell("Clinic", page.text)
                    start = time.perf_counter()
                    lines = extract(document)
                    seconds += time.perf_counter() - start
                report = build_report(catalog, AdText("page", lines, []), matcher)
                for category in CATEGORIES:
                    found = {RENAMED.get(i, i) for i in report.entries(KIND[category])}
                    total += score(found, page.labels[category])
            per_page = seconds / len(pages) * 1000
            print(
                f"{name:<19} {shell_name:<10} {total.precision:9.2f} {total.recall:6.2f} "
                f"{total.f1:5.2f} {per_page:8.2f}"
            )
    print("\nimport time, a fresh process each (ms):")
    print(f"  python -c pass                 {import_ms('sys'):7.1f}")
    source = "stemcell_cli.check.page.source"
    print(f"  import {source} {import_ms(source):5.1f}")
    if "trafilatura" in extractors:
        print(f"  import trafilatura             {import_ms('trafilatura'):7.1f}")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
