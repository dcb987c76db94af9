"""Runs of combining marks: how many a letter may carry before the rest are dropped.

A letter with hundreds of combining accents ("Zalgo" text) is drawn by a terminal as a
smear that spills over the lines above and below it and hides them. No written language
stacks more than a few marks on one letter (Unicode's stream-safe text format allows
30 in a row; Vietnamese uses two, pointed Hebrew with cantillation four or five), so a
run is cut to MAX_MARKS. The patterns are text, compiled where they are used: this
module costs nothing to import.
"""

from __future__ import annotations

#: The combining marks (general category Mn or Me) of the blocks such floods are made
#: of: Latin, Cyrillic, Hebrew, Arabic and Thai marks, the extended and supplementary
#: diacritical marks, those for symbols, half marks and the kana voicing marks.
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u06d6-\u06dc"
    "\u06df-\u06e4\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1abe\u1dc0-\u1dff\u20d0-\u20f0"
    "\ufe20-\ufe2f\u3099\u309a"
)
MAX_MARKS = 8
#: A run longer than MAX_MARKS: its first MAX_MARKS marks (group 1), then the rest.
FLOOD = f"([{MARKS}]{{{MAX_MARKS}}})[{MARKS}]+"
