"""Attack17's findings, each through the installed command in a subprocess
(docs/security.md, "Attacks tried")."""

from __future__ import annotations

from installed import stemcell


def _sections_listed(stderr: str) -> list[str]:
    """The section names a usage error of --section lists, in its order."""
    assert stderr.count("\n") == 1, stderr
    return stderr.split("Its sections: ", 1)[1].strip().split(", ")


def test_a_section_name_of_no_letter_names_no_section() -> None:
    """`-s` of a name that holds no letter or digit (U+202E after a comma, "!!", "-"):
    the answer was "no section ''", a name the reader never typed. Now it is as "-s ,":
    --section named no section, exit 2, the sections listed."""
    for value in (",\u202e", "!!", "-", ", \u200b ,"):
        result = stemcell("explain", "osteoarthritis", "-s", value)
        assert result.returncode == 2, (value, result.stderr)
        assert result.stderr.startswith("stemcell: --section named no section of"), value
        assert "''" not in result.stderr, value
        assert result.stdout == ""


def test_a_section_error_lists_the_sections_in_one_order() -> None:
    """`-s ,` listed a page's sections in the short page's order (summary, doctor,
    claims, ...), `-s nope` in the page's own (summary, doctor, overview, ...): two
    orders for one page. Both list the page's own order now, as --full shows them."""
    for entry in ("osteoarthritis", "knee-pain"):
        unknown = stemcell("explain", entry, "-s", "nope")
        blank = stemcell("explain", entry, "-s", ",")
        assert unknown.returncode == blank.returncode == 2, unknown.stderr + blank.stderr
        assert _sections_listed(blank.stderr) == _sections_listed(unknown.stderr), entry
