"""Mutation testing of core/ and check/: would the tests notice a one-token slip?

    python benchmarks/mutation.py                        # every mutant of core/ and check/
    python benchmarks/mutation.py --sample 60 --seed 7   # 60 of each package
    python benchmarks/mutation.py --sample core=200 --sample check=100 --seed 1 --jobs 2
    python benchmarks/mutation.py --package core --list  # the mutants, without running them

Each mutant changes one token of one module: a comparison flipped (`==`/`!=`,
`<`/`<=`, `>`/`>=`, `in`/`not in`, `is`/`is not`), an integer constant plus or
minus one, `and`/`or` swapped, `True`/`False` swapped, or a `not` dropped. It is
written into a copy of the tree (src, tests, data) and the tests run against it in a
subprocess, `pytest -x -q`, by the copy's own virtual environment, whose Python imports
the copy's package whatever its environment: the tests that run the installed command
in a subprocess run the mutant too, even those that clean the command's environment
(PYTHONPATH included) or run it as an unprivileged user (the copy is readable by all).
The module's text is read once, when its mutants are found, so editing the checkout
during a run changes no mutant. The test files
that name the mutated module run first; when they all pass, the other test files that
import the module run: in their own process or in any `stemcell` they start, as
recorded during the unmutated baseline (an import hook in the copy's
`sitecustomize`). A test file in which the module is never imported cannot run the
mutant, so skipping it loses no kill, and a survivor costs only the files that reach
its module rather than the whole suite. A mutant is killed when the tests fail, or
run past the time limit twice: first three times what the same tests take unmutated,
plus ten seconds, then, tried again, ten times plus a minute, so that only a mutant
that hangs or loops is cut off, never one that is merely slower on a busy machine;
timeouts are counted apart in the report. It survives when they pass.
The script prints the share killed per package and overall, lists the survivors, and
exits 1 when the overall share is below --target. Mutants that change nothing a test
could see (EQUIVALENT, each with its reason) are listed apart and left out of the
share; the share with them counted is printed beside it.

A small mutator of our own rather than mutmut or cosmic-ray: it needs nothing beyond
the standard library (the test extras stay as they are, and it runs offline); its
operators are exactly the one-token slips above; and every mutant is run by the real
test suite in a real subprocess, including the tests of the installed command, which
mutmut's in-process trampolines do not reach the same way.

Mutants are found in the syntax tree and made in the text: only the bytes of the
one token change (an integer written in parentheses, a dropped `not` leaving its
operand in parentheses), so the rest of the module, comments and quotes included, is
as it was. Before any mutant runs, the whole selection runs once unmutated and must
pass.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import itertools
import json
import os
import queue
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "stemcell_cli"
PACKAGES = ("core", "check")
#: Test files that test no behaviour a one-token slip can change: the wheel build
#: (packaging) and the import contracts (architecture).
EXCLUDED = ("test_packaging.py", "test_architecture.py")

#: check/page/source.py `_reference` decodes numbers in three ranges itself and leaves the rest
#: to `html.unescape`: a slip that shrinks a range only sends more to `html`.
_PLAIN_REFERENCE = (
    "a shortcut for plain characters: a reference it no longer decodes goes to "
    "html.unescape, which gives the same character"
)

#: check/words/sentences.py `_LETTER_RUNS` maps bytes past ASCII, but only ASCII text is split
#: with it.
_ASCII_ONLY = "only ASCII text is split with the table: its entries past 127 are never read"

#: check/words/sentences.py `tokens` numbers clauses: numbers only compared with each other.
_CLAUSE_NUMBERS = (
    "clause numbers are only compared with each other: any start and step tell them apart"
)

#: Mutants that change nothing a user or a test can see: (module, text of the mutated
#: lines, why); a text starting with ^ names lines that start so (indentation and
#: all), any other lines that hold it. They run like the others, are listed apart,
#: and are left out of the share killed. Each was read and argued; a survivor is never
#: put here only to meet the target.
EQUIVALENT = [
    ("check/page/source.py", "_CHUNK = (65) * 1024", "reads stop at the limit, not at a chunk"),
    ("check/page/source.py", "_CHUNK = (63) * 1024", "reads stop at the limit, not at a chunk"),
    ("check/page/source.py", "_CHUNK = 64 * (1025)", "reads stop at the limit, not at a chunk"),
    ("check/page/source.py", "_CHUNK = 64 * (1023)", "reads stop at the limit, not at a chunk"),
    ("check/page/fetch.py", "_CHUNK = (65) * 1024", "reads stop at the limit, not at a chunk"),
    ("check/page/fetch.py", "_CHUNK = (63) * 1024", "reads stop at the limit, not at a chunk"),
    ("check/page/fetch.py", "_CHUNK = 64 * (1025)", "reads stop at the limit, not at a chunk"),
    ("check/page/fetch.py", "_CHUNK = 64 * (1023)", "reads stop at the limit, not at a chunk"),
    ("core/files.py", "_CHUNK = (1025) * 1024", "reads stop at the limit, not at a chunk"),
    ("core/files.py", "_CHUNK = (1023) * 1024", "reads stop at the limit, not at a chunk"),
    ("core/files.py", "_CHUNK = 1024 * (1025)", "reads stop at the limit, not at a chunk"),
    ("core/files.py", "_CHUNK = 1024 * (1023)", "reads stop at the limit, not at a chunk"),
    (
        "check/page/source.py",
        "if start >= pos and not text[pos:start].isspace()",
        "the empty text between two tags is skipped by handle_text, and lines are counted "
        "from where the last count ended",
    ),
    (
        "check/page/source.py",
        "if start > pos or not text[pos:start].isspace()",
        "blank text between two tags is skipped by handle_text, and lines are counted from "
        "where the last count ended",
    ),
    (
        "check/words/stemmer.py",
        '("es", "", (4))',
        "a five-letter word in -es then loses the s, then the final e: the same stem",
    ),
    (
        "check/words/phrases.py",
        "Element(frozenset(), both, (1), False)",
        "the gap of a phrase's first word is never read: a match starts at that word, and "
        "a word list holding the phrase gives its own",
    ),
    (
        "core/loader.py",
        "if len(self.problems) > MAX_PROBLEMS:",
        "at 200 problems _add counts the reference in `more` too; only its hint is worked "
        "out for nothing",
    ),
    (
        "core/yamlsource.py",
        "event.value[:(0)] not in _SPECIAL_START",
        "the plain-text shortcut is skipped: _scalar resolves the same text, slower",
    ),
    ("check/page/source.py", "0x7E and 0xA0", _PLAIN_REFERENCE),
    ("check/page/source.py", "if 0x20 < number", _PLAIN_REFERENCE),
    ("check/page/source.py", "number < 0x7E", _PLAIN_REFERENCE),
    ("check/page/source.py", "0xA0 < number", _PLAIN_REFERENCE),
    ("check/page/source.py", "number < 0xD7FF", _PLAIN_REFERENCE),
    ("check/page/source.py", "0xE000 < number", _PLAIN_REFERENCE),
    ("check/page/source.py", "number < 0xFDCF", _PLAIN_REFERENCE),
    ("check/page/source.py", "if (33) <= number", _PLAIN_REFERENCE),
    ("check/page/source.py", "<= (125) or", _PLAIN_REFERENCE),
    ("check/page/source.py", "(161) <= number", _PLAIN_REFERENCE),
    ("check/page/source.py", "<= (55294) or", _PLAIN_REFERENCE),
    ("check/page/source.py", "(57345) <= number", _PLAIN_REFERENCE),
    ("check/page/source.py", "<= (64974):", _PLAIN_REFERENCE),
    (
        "check/matching/compiled_cache.py",
        "MAX_BYTES = (1025) * 1024",
        "reads more of a word list that lexicon refuses past 1 MiB: it is never compiled",
    ),
    (
        "check/matching/compiled_cache.py",
        "MAX_BYTES = 1024 * (1025)",
        "reads more of a word list that lexicon refuses past 1 MiB: it is never compiled",
    ),
    (
        "check/matching/compiled_cache.py",
        "handle.read(MAX_BYTES + (2))",
        "a list grown past the limit still reads longer than any list compiled",
    ),
    (
        "check/rules/negation.py",
        "window = sentence[index + (0) : index + 1 + NEGATION_WINDOW]",
        "the negation itself is never a word of saying (a key ending in n't, or a word of "
        "NEGATIONS)",
    ),
    (
        "check/rules/negation.py",
        "sentence[max(negation + (2), first - 3) : first]",
        "the verb is looked for only five or more words after the negation (nearer, the "
        "window negated already), where first - 3 is the larger",
    ),
    (
        "check/rules/negation.py",
        "sentence[max(negation + (0), first - 3) : first]",
        "the verb is looked for only five or more words after the negation (nearer, the "
        "window negated already), where first - 3 is the larger",
    ),
    (
        "check/page/source.py",
        "name = found.group((0))",
        "the whole reference then goes to html.unescape, which decodes it the same",
    ),
    (
        "check/words/sentences.py",
        "if (1) <= len(text) <= 5 and text.isupper():",
        "an advert's word of one capital gets an acronym key no phrase word has (2 to 5)",
    ),
    (
        "check/words/sentences.py",
        "if 2 <= len(text) <= (6) and text.isupper():",
        "an advert's word of six capitals gets an acronym key no phrase word has (2 to 5)",
    ),
    (
        "check/words/sentences.py",
        "elif (2) <= len(text) <= 6 and",
        "a plural of one capital gets an acronym key no phrase word has (2 to 5)",
    ),
    (
        "check/words/sentences.py",
        "elif 3 <= len(text) <= (7) and",
        "a plural of six capitals gets an acronym key no phrase word has (2 to 5)",
    ),
    (
        "check/words/word_lists.py",
        "raw = handle.read(MAX_BYTES + (2))",
        "one byte past the limit tells a file is over it; a second changes nothing",
    ),
    (
        "check/words/stemmer.py",
        "if len(e) > (0)",
        "the tail of a one-letter word is looked up first by tail, then as one letter: "
        "both tables give it the one one-letter ending, s",
    ),
    (
        "check/words/phrases.py",
        'optional = part.endswith("?") and len(part) >= 1',
        "a lone ? holds no word, optional or not",
    ),
    (
        "check/words/phrases.py",
        'optional = part.endswith("?") and len(part) > (0)',
        "a lone ? holds no word, optional or not",
    ),
    (
        "check/words/phrases.py",
        "^        gap = (1)",
        "the gap of a phrase's first word is never read: a match starts at that word, and "
        "a word list holding the phrase gives its own",
    ),
    (
        "check/words/phrases.py",
        "^        gap = (-1)",
        "the gap of a phrase's first word is never read: a match starts at that word, and "
        "a word list holding the phrase gives its own",
    ),
    (
        "check/matching/matcher.py",
        "_COMMON_WEIGHT = (51)",
        "the weight picks the word a wording is filed under; every wording is still "
        "checked whole, and tried in the order of the phrases",
    ),
    (
        "check/matching/matcher.py",
        "_COMMON_WEIGHT = (49)",
        "the weight picks the word a wording is filed under; every wording is still "
        "checked whole, and tried in the order of the phrases",
    ),
    (
        "check/report.py",
        "answer = answers.get(match[:(1)])",
        "an answer that is not found again is looked up again: the same answer",
    ),
    (
        "check/report.py",
        "answer = answers.get(match[:(3)])",
        "an answer that is not found again is looked up again: the same answer",
    ),
    (
        "check/report.py",
        "answer = answers[match[:(1)]] = _answer",
        "an answer that is not found again is looked up again: the same answer",
    ),
    (
        "check/report.py",
        "answer = answers[match[:(3)]] = _answer",
        "an answer that is not found again is looked up again: the same answer",
    ),
    (
        "check/matching/matcher.py",
        ") or any(entry[0] in _NEGATABLE for entry in spans)",
        "clauses are worked out for more sentences: one without a negation, or without "
        "anything a negation applies to, is read the same",
    ),
    (
        "check/matching/matcher.py",
        "^            if end >= (1):",
        "an end comes after the word matched first, so it is -1 (no match) or at least 1",
    ),
    (
        "check/matching/matcher.py",
        "^            if end > 0:",
        "an end comes after the word matched first, so it is -1 (no match) or at least 1",
    ),
    (
        "check/matching/matcher.py",
        "^                if end >= (1):",
        "an end comes after the word matched first, so it is -1 (no match) or at least 1",
    ),
    (
        "check/matching/matcher.py",
        "^                if end > 0:",
        "an end comes after the word matched first, so it is -1 (no match) or at least 1",
    ),
    ("check/page/source.py", 'getattr(os, "O_NONBLOCK", (1))', "every system we run on has it"),
    ("check/page/source.py", 'getattr(os, "O_NONBLOCK", (-1))', "every system we run on has it"),
    ("check/page/source.py", 'getattr(os, "O_NOCTTY", (1))', "every system we run on has it"),
    ("check/page/source.py", 'getattr(os, "O_NOCTTY", (-1))', "every system we run on has it"),
    (
        "core/catalog.py",
        "return self._entry((found[(-1)].kind, found[0].id))",
        "matches lists each entry once, and here there is one",
    ),
    (
        "core/catalog.py",
        "return self._entry((found[0].kind, found[(-1)].id))",
        "matches lists each entry once, and here there is one",
    ),
    (
        "core/catalog.py",
        "if len(query) >= len(word) else",
        "of two words of one length neither is the other's plural, whichever is the longer",
    ),
    (
        "check/matching/compiled_cache.py",
        "FORMAT = (6)",
        "any format number that writer and reader share",
    ),
    (
        "check/matching/compiled_cache.py",
        "FORMAT = (4)",
        "any format number that writer and reader share",
    ),
    ("core/cache.py", "FORMAT = (6)", "any format number that writer and reader share"),
    ("core/cache.py", "FORMAT = (4)", "any format number that writer and reader share"),
    ("core/cache.py", "version_info[:(3)]", "keyed on the micro version too: only stricter"),
    ("core/cache.py", "version_info[:(1)]", "one Python in a test run"),
    ("core/cache.py", ".parents[(2)]", "the folder above the package holds no other module"),
    ("core/cache.py", "MARKER) and len(raw) < start", "the checksum then refuses it"),
    ("core/cache.py", "len(raw) <= start", "an empty body then fails the checksum or marshal"),
    ("core/cache.py", "((index) or index.endswith", "an empty index is rebuilt, empty"),
    ("core/catalog.py", "return fresh[(-1)]", "the list holds one store"),
    ("core/catalog.py", "return kinds[(-1)]", "the tuple holds one kind"),
    ("core/catalog.py", "str(exc.args[(-1)])", "a KeyError carries one argument"),
    ("core/catalog.py", "len(row[2]) >= 1", "every explainable entry has a name"),
    ("core/catalog.py", "len(row[2]) > (0)", "every explainable entry has a name"),
    ("core/catalog.py", "if len(row[(3)]) > 1", "an entry's data has more than one field too"),
    ("core/catalog.py", "limit=limit * (4)", "more candidates find the same nearest ids"),
    ("core/completion.py", 'rfind("\\n", (1),', "no line starts with a newline"),
    ("core/files.py", "return pieces[(-1)] if len(pieces) == 1", "the list holds one piece"),
    ("core/files.py", "urandom((7))", "the length of a random name"),
    ("core/files.py", "urandom((5))", "the length of a random name"),
    ("core/files.py", 'else getattr(os, "O_NOFOLLOW", (1))', "every system we run on has it"),
    ("core/files.py", 'else getattr(os, "O_NOFOLLOW", (-1))', "every system we run on has it"),
    ("core/files.py", 'O_EXCL | getattr(os, "O_NOFOLLOW", (1))', "every system we run on has it"),
    ("core/files.py", 'O_EXCL | getattr(os, "O_NOFOLLOW", (-1))', "every system we run on has it"),
    ("core/files.py", 'flags |= getattr(os, "O_BINARY", (1))', "1 is O_WRONLY, set already"),
    ("core/files.py", "temporary.unlink(missing_ok=False)", "the file is there to remove"),
    (
        "core/schema.py",
        '"minLength": (0), "pattern": "\\\\S"',
        "a text that holds a non-space character (the pattern) is never empty",
    ),
    (
        "core/yamlsource.py",
        'if code < (257) else f"the character U+{code:04X}"',
        "YAML allows U+0100, so it is never named as a character YAML refuses",
    ),
    (
        "core/yamlsource.py",
        'if code < (255) else f"the character U+{code:04X}"',
        "YAML allows U+00FF, so it is never named as a character YAML refuses",
    ),
    ("core/textclean.py", "if code <= 0x100:", "U+0100 is never escaped"),
    ("core/textclean.py", "if code < (257):", "U+0100 is never escaped"),
    ("core/textclean.py", "if code < (255):", "U+00FF is never escaped"),
    ("core/textclean.py", "if code <= 0x10000 else", "U+10000 is never escaped"),
    ("core/textclean.py", "if code < (65537) else", "U+10000 is never escaped"),
    ("core/textclean.py", "if code < (65535) else", "U+FFFF is never escaped"),
    # check/words/sentences.py `_LETTER_RUNS`, the table of the quick split of ASCII text.
    ("check/words/sentences.py", "if c <= 128 else 0", _ASCII_ONLY),
    ("check/words/sentences.py", "if c < (129) else 0", _ASCII_ONLY),
    ("check/words/sentences.py", "if c < 128 else (1)", _ASCII_ONLY),
    (
        "check/words/sentences.py",
        "if c < (127) else 0",
        "DEL then sends its text to the pattern, which splits it alike",
    ),
    (
        "check/words/sentences.py",
        "c == 95 else (31)) if c",
        "U+001F is white space to str.split, as the space is",
    ),
    (
        "check/words/stemmer.py",
        "or tail.endswith(f[(1)]))",
        "adds only endings a word with that tail cannot end with, and each ending is still "
        "tried with endswith, in the same order",
    ),
    (
        "check/words/stemmer.py",
        "for e, _, _ in _ENDINGS if len(e) >= 1)",
        "a one-letter tail gets from _BY_TAIL the one ending _ONE_LETTER gives it, s",
    ),
    (
        "check/words/stemmer.py",
        "for e, _, _ in _ENDINGS if len(e) > (2))",
        "the tails of the two-letter endings (es, ed) are tails of longer endings too",
    ),
    (
        "check/words/stemmer.py",
        'result[-2] and result[-(2)] not in "aeiou"',
        "the letter before the last is the last one here",
    ),
    (
        "check/words/sentences.py",
        'text[-1] == "s" and text[:-(2)].isupper()',
        "the key is made of text[:-1]: when that is not all capitals the key has a small "
        "letter, which no phrase word's acronym key has",
    ),
    (
        "check/words/phrases.py",
        "if word[(-1)].isdigit():",
        "a number of a phrase ends with a digit, or with %, and a number with % is its own stem",
    ),
    ("check/words/phrases.py", "return phrase_word_keys(pieces[(-1)])", "the list holds one piece"),
    (
        "check/words/phrases.py",
        "Element(frozenset(), both, (-1), False)",
        "the gap of a phrase's first word is never read: a match starts at that word, and "
        "a word list holding the phrase gives its own",
    ),
    (
        "check/matching/matcher.py",
        "if key in common else (2) for key",
        "the weight picks the word a wording is filed under; every wording is still "
        "checked whole, and tried in the order of the phrases",
    ),
    (
        "check/matching/matcher.py",
        "^                    mask = (1)",
        "the first sentence is then let through for every wording, and tried word by word: "
        "it matches only what it holds",
    ),
    (
        "check/matching/matcher.py",
        "if len(candidates) >= 1:",
        "sorting a list of one changes nothing",
    ),
    (
        "check/matching/matcher.py",
        "if len(candidates) > (0):",
        "sorting a list of one changes nothing",
    ),
    (
        "check/matching/matcher.py",
        "if key not in common else 1 for key",
        "the weight picks the word a wording is filed under; every wording is still "
        "checked whole, and tried in the order of the phrases",
    ),
    (
        "check/matching/matcher.py",
        "if key in common else (0) for key",
        "the weight picks the word a wording is filed under; every wording is still "
        "checked whole, and tried in the order of the phrases",
    ),
    (
        "check/matching/matcher.py",
        "while index < size and not wording[index][(0)]:",
        "the words without a gap are then each looked for by the loop after it, in a gap "
        "of 0: the one place the quick loop looks",
    ),
    ("check/matching/matcher.py", "^            return -(2)", "any end below 0 is no match"),
    ("check/matching/matcher.py", "^    return -(2)", "any end below 0 is no match"),
    (
        "check/report.py",
        "default=(-1))):",
        "with no condition named there is no list of questions to walk: range(-1) is as "
        "empty as range(0)",
    ),
    (
        "check/words/sentences.py",
        "if len(self.starts) == (0):",
        "a block of one line is then placed by bisect, at the same place",
    ),
    (
        "check/words/sentences.py",
        "return self.line_indexes[(-1)], offset",
        "the block has one line",
    ),
    ("check/words/sentences.py", "offset - self.starts[(-1)]", "the block has one line"),
    ("check/words/sentences.py", "^    clause = (1)", _CLAUSE_NUMBERS),
    ("check/words/sentences.py", "^    clause = (-1)", _CLAUSE_NUMBERS),
    ("check/words/sentences.py", "clause += (2)  # a comma", _CLAUSE_NUMBERS),
    ("check/words/sentences.py", "clause += (2)  # a word such", _CLAUSE_NUMBERS),
    (
        "check/words/sentences.py",
        "if CLAUSE_WORD not in used or not words:",
        "the keys are then worked out word by word, the way the quick path gives them",
    ),
    (
        "check/words/sentences.py",
        "zip(words, folded, strict=False)",
        "a word holds no line break, so its case-folded list is as long",
    ),
    (
        "check/matching/matcher.py",
        "_SENTENCES_AT_ONCE = (1025)",
        "how many sentences are read at once: each is read alike in any batch",
    ),
    (
        "check/matching/matcher.py",
        "_SENTENCES_AT_ONCE = (1023)",
        "how many sentences are read at once: each is read alike in any batch",
    ),
    (
        "check/page/source.py",
        "data = source.read(MAX_BYTES + (2))",
        "one byte past the limit tells a stream is over it; a second changes nothing",
    ),
    (
        "check/page/source.py",
        "chunk = os.read(fd, min(_CHUNK, MAX_BYTES + (2) - size))",
        "one byte past the limit tells a stream is over it; a second changes nothing",
    ),
    (
        "check/page/source.py",
        "os.set_blocking(fd, False)",
        "only a regular file gets here, and reading one never waits",
    ),
    ("check/page/source.py", 'if name[(1)] == "#":', _PLAIN_REFERENCE),
    ("check/page/source.py", 'if name[(-1)] == "#":', _PLAIN_REFERENCE),
    (
        "check/page/source.py",
        "while pos <= size:",
        "at the end of the text the search finds nothing, and the loop stops there",
    ),
    (
        "check/matching/matcher.py",
        "if len(new) > _SENTENCES_AT_ONCE:",
        "how many sentences are read at once: each is read alike in any batch",
    ),
    (
        "check/matching/matcher.py",
        "if len(waiting) > _WAITING:",
        "how many sentences wait to be placed: each is placed alike in any batch",
    ),
    (
        "check/matching/matcher.py",
        "zip(readings, self._read(readings), strict=False)",
        "_read gives one list of matches for each reading",
    ),
    (
        "check/matching/matcher.py",
        "zip(new, used_keys(new, vocabulary, NAME), strict=False)",
        "used_keys gives one set of keys for each word",
    ),
    (
        "check/matching/matcher.py",
        "holding[key] = get(key, (1)) | bit",
        "the first sentence is then let through for every wording, and tried word by word: "
        "it matches only what it holds",
    ),
    (
        "check/matching/matcher.py",
        "mask |= get(key, (1))",
        "the first sentence is then let through for every wording, and tried word by word: "
        "it matches only what it holds",
    ),
    (
        "core/yamlsource.py",
        "ord(str(character)[:(2)] or",
        "PyYAML names a character it refuses by one character, or by a number",
    ),
    (
        "core/yamlsource.py",
        'ord(str(character)[:1] and "?")',
        "PyYAML gives the character it refuses as a number; the text path is never taken",
    ),
    (
        "core/yamlsource.py",
        'ord(str(character)[:(0)] or "?")',
        "PyYAML gives the character it refuses as a number; the text path is never taken",
    ),
    (
        "core/yamlsource.py",
        'if code <= 0x100 else f"the character',
        "YAML allows U+0100, so it is never named as a character YAML refuses",
    ),
    (
        "core/yamlsource.py",
        "if event.tag is None and (event.style) and",
        "a plain scalar then goes to _scalar and a quoted one is taken as it is: both are "
        "what _scalar gives them",
    ),
    ("core/catalog.py", "if len(row[(1)]) > 1 else row[0]", "every explainable entry has a name"),
    (
        "core/catalog.py",
        "while end <= len(words) and",
        "a step past the last word joins the same words (a slice stops at the end), and "
        "the snippet is cut nowhere either way",
    ),
    (
        "core/catalog.py",
        "found[ref] = ((1), Match(*ref, condition.name, why))",
        "symptom matches are found after every name and alias match, so in the rank of "
        "aliases they still come after them",
    ),
    ("core/catalog.py", "if len(row[2]) > 1 else row[(1)]", "every explainable entry has a name"),
    ("core/catalog.py", "if len(row[2]) > 1 else row[(-1)]", "every explainable entry has a name"),
    (
        "check/matching/matcher.py",
        "if len(hits) > (2):  # (a wording",
        "_spans serves only _leads_in_reported, which asks whether a cue is among them: a "
        "wording found twice changes nothing",
    ),
    (
        "check/matching/matcher.py",
        "if len(hits) > (0):  # (a wording",
        "the wordings of one key are then sorted and made unique: they are already",
    ),
    (
        "check/matching/matcher.py",
        "end = start + 1 if size == (0) else",
        "a wording of one word then goes to _end, which gives start + 1 for it",
    ),
    (
        "check/matching/matcher.py",
        "asserted_until = (-1)",
        "every start is 0 or more, so all are after it",
    ),
    (
        "check/matching/matcher.py",
        "if len(chosen) >= 1:",
        "one match is no condition inside another's name",
    ),
    (
        "check/matching/matcher.py",
        "if len(chosen) > (0):",
        "one match is no condition inside another's name",
    ),
    (
        "check/matching/matcher.py",
        "if len(hits) >= 1:  # (a wording",
        "the wordings of one key are then sorted and made unique: they are already",
    ),
    ("core/files.py", '| getattr(os, "O_NOCTTY", (1))', "every system we run on has it"),
    ("core/files.py", '| getattr(os, "O_NOCTTY", (-1))', "every system we run on has it"),
    (
        "core/kinds.py",
        "explainable: bool = True",
        "every kind is made by _kind, which always passes explainable",
    ),
    (
        "check/matching/matcher.py",
        "for index in range(0, last + (2), 2):",
        "a split with one group has an odd number of parts, so `last` is even: the range "
        "stops at it either way",
    ),
    (
        "check/matching/matcher.py",
        "_WAITING = (4097)",
        "how many sentences wait to be placed: each is placed alike in any batch",
    ),
    (
        "check/matching/matcher.py",
        "_WAITING = (4095)",
        "how many sentences wait to be placed: each is placed alike in any batch",
    ),
    (
        "check/matching/matcher.py",
        "for key in needed[(-1)]:",
        "the wording is then filed under its most common word: every wording is still "
        "checked whole, and tried in the order of the phrases",
    ),
    (
        "check/words/sentences.py",
        "for word, keys in zip(words, found, strict=False)",
        "found is made from words in the line above, one set for each word",
    ),
    (
        "check/words/sentences.py",
        "names = bool(name) or name in used",
        "a word then also gets the name key when no wording uses it, and a key no wording "
        "uses matches nothing",
    ),
    (
        "check/words/sentences.py",
        "keys and (name_keys if _is_name(word, word.casefold()) else keys)",
        "this path is taken only for no words, or when the keys used hold CLAUSE_WORD, "
        "which no phrase makes (a phrase's keys are stems, numbers, acronyms and @name)",
    ),
    (
        "check/rules/reference_entries.py",
        "IDENTIFIERS[(1):]",
        'adds "www.": a block that holds it is sent with `address` true already (the '
        "text is then marked, and the block holds it)",
    ),
    (
        "check/matching/matcher.py",
        "start == (-1)",
        "start is never -1; at start 0 the last word ends after the first starts, so the "
        'gap read is "", no closing mark, and no quotation is found either way',
    ),
]

COMPARISONS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
SYMBOLS = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.And: "and",
    ast.Or: "or",
}


def names(text: str, line: str) -> bool:
    """Whether an entry of EQUIVALENT names these mutated lines."""
    return line.startswith(text[1:]) if text.startswith("^") else text in line


@dataclass(frozen=True)
class Mutant:
    module: str  # relative to src/stemcell_cli, such as "core/catalog.py"
    #: The bytes replaced: (start, end) offsets into the module's UTF-8 text, and by what.
    edits: tuple[tuple[int, int, bytes], ...]
    line: int
    change: str

    @property
    def package(self) -> str:
        return self.module.split("/", 1)[0]

    def source(self) -> bytes:
        text = original(self.module)
        for start, end, new in sorted(self.edits, reverse=True):
            text = text[:start] + new + text[end:]
        return text

    def mutated_lines(self) -> str:
        """The lines of the mutated module from the mutant's line to its last edit (an
        `and` of a condition written over several lines changes a later one)."""
        text = self.source()
        last = max(start for start, _, _ in self.edits)  # a token holds no newline
        lines = text.decode("utf-8").splitlines()
        return "\n".join(lines[self.line - 1 : text.count(b"\n", 0, last) + 1])

    def equivalent(self) -> str:
        """Why the mutant is equivalent (EQUIVALENT), or ""."""
        mutated = self.mutated_lines()
        for module, text, why in EQUIVALENT:
            if module == self.module and names(text, mutated):
                return why
        return ""

    def label(self) -> str:
        lines = original(self.module).decode("utf-8").splitlines()
        return f"{self.module}:{self.line}: {self.change:<22} | {lines[self.line - 1].strip()}"


class _Source:
    """A module's bytes, and the byte offset of an ast position (columns are UTF-8)."""

    def __init__(self, text: bytes) -> None:
        self.text = text
        self.starts = [0]
        for line in text.splitlines(keepends=True):
            self.starts.append(self.starts[-1] + len(line))

    def start(self, node: ast.AST) -> int:
        line: int = node.lineno  # type: ignore[attr-defined]
        column: int = node.col_offset  # type: ignore[attr-defined]
        return self.starts[line - 1] + column

    def end(self, node: ast.AST) -> int:
        line: int = node.end_lineno  # type: ignore[attr-defined]
        column: int = node.end_col_offset  # type: ignore[attr-defined]
        return self.starts[line - 1] + column

    def segment(self, node: ast.AST) -> bytes:
        return self.text[self.start(node) : self.end(node)]


#: How each operator is written, as a pattern that finds it alone between two operands.
_WRITTEN: dict[type[ast.AST], str] = {
    ast.Eq: r"==",
    ast.NotEq: r"!=",
    ast.Lt: r"<(?!=)",
    ast.LtE: r"<=",
    ast.Gt: r">(?!=)",
    ast.GtE: r">=",
    ast.In: r"(?<!not )\bin\b",
    ast.NotIn: r"\bnot\s+in\b",
    ast.Is: r"\bis\b(?!\s+not\b)",
    ast.IsNot: r"\bis\s+not\b",
    ast.And: r"\band\b",
    ast.Or: r"\bor\b",
}


def _operator(
    source: _Source, left: ast.AST, right: ast.AST, op: type[ast.AST], new: str
) -> tuple[int, int, bytes] | None:
    """The edit that rewrites the operator between two operands, or None when the
    text between them is not the operator alone (a comment, say)."""
    start, end = source.end(left), source.start(right)
    gap = source.text[start:end].decode("utf-8")
    if "#" in gap:
        return None
    found = list(re.finditer(_WRITTEN[op], gap))
    if len(found) != 1:
        return None
    match = found[0]
    return (
        start + len(gap[: match.start()].encode()),
        start + len(gap[: match.end()].encode()),
        new.encode(),
    )


def _mutations(
    node: ast.AST, source: _Source
) -> Iterator[tuple[str, tuple[tuple[int, int, bytes], ...]]]:
    """The one-token changes of a node: (description, byte edits)."""
    if isinstance(node, ast.Compare):
        operands = [node.left, *node.comparators]
        for index, op in enumerate(node.ops):
            other = COMPARISONS[type(op)]
            edit = _operator(source, operands[index], operands[index + 1], type(op), SYMBOLS[other])
            if edit:
                yield f"`{SYMBOLS[type(op)]}` -> `{SYMBOLS[other]}`", (edit,)
    elif isinstance(node, ast.BoolOp):
        other_op = ast.Or if isinstance(node.op, ast.And) else ast.And
        edits = [
            _operator(source, left, right, type(node.op), SYMBOLS[other_op])
            for left, right in itertools.pairwise(node.values)
        ]
        if all(edits):
            yield f"`{SYMBOLS[type(node.op)]}` -> `{SYMBOLS[other_op]}`", tuple(edits)  # type: ignore[arg-type]
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        operand = b"(" + source.segment(node.operand) + b")"
        yield "`not` dropped", ((source.start(node), source.end(node), operand),)
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        where = (source.start(node), source.end(node))
        yield f"`{node.value}` -> `{not node.value}`", ((*where, str(not node.value).encode()),)
    elif isinstance(node, ast.Constant) and type(node.value) is int:
        where = (source.start(node), source.end(node))
        for step in (1, -1):
            new = node.value + step
            yield f"`{node.value}` -> `{new}`", ((*where, f"({new})".encode()),)


def _code(node: ast.AST) -> Iterator[ast.AST]:
    """Every node that runs as code: annotations, `if TYPE_CHECKING:` blocks and
    `__all__` are left out, since no test can see a change there."""
    yield node
    for name, value in ast.iter_fields(node):
        if name in ("annotation", "returns", "type_comment"):
            continue
        children = value if isinstance(value, list) else [value]
        for child in children:
            if not isinstance(child, ast.AST):
                continue
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in child.targets
            ):
                continue
            yield from _code(child)


#: The text of each module as its mutants were found (by path): mutants and their labels
#: are made from it, so an edit of the checkout during a run changes no mutant.
_ORIGINALS: dict[Path, bytes] = {}


def original(module: str) -> bytes:
    path = PACKAGE / module
    if path not in _ORIGINALS:
        _ORIGINALS[path] = path.read_bytes()
    return _ORIGINALS[path]


def mutants_of(module: str) -> list[Mutant]:
    source = _Source(original(module))
    tree = ast.parse(source.text)
    return [
        Mutant(module, edits, node.lineno, change)  # type: ignore[attr-defined]
        for node in _code(tree)
        for change, edits in _mutations(node, source)
    ]


# -- running ----------------------------------------------------------------------


#: Set to a file name, makes every Python process of a test run append the name of
#: each of our modules it imports to that file (the copy's `sitecustomize`). Not named
#: STEMCELL_*: tests that clean the environment of the command they run drop those.
IMPORTS_TO = "MUTATION_IMPORTS_TO"

#: The copy's sitecustomize: an import hook that records, never changes, an import.
#: Appending a line per import (not writing at exit) keeps the record of a process a
#: test kills.
RECORDER = f"""\
import os
import sys

_record = os.environ.get("{IMPORTS_TO}")


class _Recorder:
    def find_spec(self, name, path=None, target=None):
        if name.startswith("stemcell_cli"):
            # A test's process may run as another user, or under a file size limit:
            # what it cannot record is lost, never its import.
            try:
                fd = os.open(_record, os.O_WRONLY | os.O_APPEND)
            except OSError:
                return None
            try:
                os.write(fd, (name + "\\n").encode())
            except OSError:
                pass
            finally:
                os.close(fd)
        return None


if _record:
    sys.meta_path.insert(0, _Recorder())
"""


def make_copy(base: Path) -> Path:
    """A copy of the tree with a Python environment of its own (`make_environment`),
    readable by every user, since some tests run the command as an unprivileged one."""
    target = Path(tempfile.mkdtemp(prefix="stemcell-mutant-", dir=base))
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")
    for name in ("src", "tests", "data", "benchmarks"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", target / "pyproject.toml")
    (target / "recorder").mkdir()
    (target / "recorder" / "sitecustomize.py").write_text(RECORDER, encoding="utf-8")
    make_environment(target)
    for folder in (base, target):
        folder.chmod(0o755)
    return target


def python_of(tree: Path) -> Path:
    return tree / "venv" / "bin" / "python"


def make_environment(tree: Path) -> None:
    """A virtual environment in the copy whose Python imports the copy's package in
    every process, whatever the environment it is given: tests that run the command
    with a cleaned environment (no PYTHONPATH) or a PYTHONPATH of their own run the
    mutant too. Its one .pth file names the copy's src, the recorder and this
    environment's site-packages as plain folders (the libraries; the .pth files there,
    among them the editable install of the checkout, are not read), and its bin holds a
    `stemcell` that runs the copy's package, since tests run the `stemcell` beside
    their Python."""
    folder = tree / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(folder)],
        check=True,
        capture_output=True,
    )
    python = python_of(tree)
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(
        subprocess.run(
            [python, "-c", where], check=True, capture_output=True, text=True
        ).stdout.strip()
    )
    # The folders this Python finds its libraries in (a copy's own Python, as in the
    # tests of this script, finds them through its .pth file).
    libraries = [path for path in sys.path if Path(path).name == "site-packages"]
    paths = [tree / "src", tree / "recorder", *libraries]
    (site / "_stemcell_mutant.pth").write_text(
        "".join(f"{path}\n" for path in paths), encoding="utf-8"
    )
    # The installed script, run by the copy's Python.
    installed = (Path(sys.executable).parent / "stemcell").read_text(encoding="utf-8")
    script = folder / "bin" / "stemcell"
    script.write_text(f"#!{python}\n" + installed.split("\n", 1)[1], encoding="utf-8")
    script.chmod(0o755)


def evidence_sheet() -> str | None:
    """The shared evidence sheet beside the checkout, which the content tests read."""
    for folder in ROOT.parents:
        if (folder / "shared" / "evidence.yaml").is_file():
            return str(folder / "shared" / "evidence.yaml")
    return None


#: Set in the environment of each test run (a token of its own), so that what the run
#: leaves behind can be found and ended: a child in a session of its own escapes the
#: process group, never its environment.
RUN_MARK = "MUTATION_RUN_MARK"


def run_tests(
    tree: Path, tests: Sequence[str], timeout: float, record: Path | None = None
) -> tuple[str, float, str]:
    """("passed" | "failed" | "timeout", seconds, output tail) of pytest on `tests`.

    pytest runs in a process group of its own; on a timeout the whole group is killed,
    and after every run any process still carrying this run's mark is ended, so a
    mutant spinning in a `stemcell` child never outlives its run. Bytecode is cached
    (the copy's `__pycache__`), which saves a compile of every module in every child."""
    token = os.urandom(8).hex()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.pop("PYTHONPATH", None)  # the copy's environment finds its own package
    env[RUN_MARK] = token
    env.pop(IMPORTS_TO, None)
    if record:
        record.touch()
        record.chmod(0o666)  # for tests' processes that run as another user
        env[IMPORTS_TO] = str(record)
    sheet = evidence_sheet()
    if sheet:
        env.setdefault("STEMCELL_EVIDENCE_SHEET", sheet)
    command = [python_of(tree), "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        cwd=tree,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=timeout)
        status = "passed" if process.returncode == 0 else "failed"
    except subprocess.TimeoutExpired:
        # Not reaped yet, so the group id is still ours: end the group, then reap.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        end_marked(token)
        output, _ = process.communicate()
        status = "timeout"
    finally:
        end_marked(token)
    return status, time.monotonic() - started, (output or "")[-2000:]


def marked(token: str) -> list[int]:
    """The processes whose environment holds this run's mark (Linux /proc; elsewhere
    none are found, and the process group alone is ended)."""
    needle = f"{RUN_MARK}={token}".encode()
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            environment = (entry / "environ").read_bytes()
        except OSError:
            continue
        if needle in environment.split(b"\0"):
            found.append(int(entry.name))
    return found


def end_marked(token: str) -> None:
    for pid in marked(token):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)


def failed_file(output: str) -> str:
    """The test file of the first failure pytest reported (its short summary), or ""."""
    found = re.search(r"^(?:FAILED|ERROR) (tests/[\w/]+\.py)", output, re.MULTILINE)
    return found[1] if found else ""


def test_files(excluded: Sequence[str]) -> list[str]:
    """Every test file, in tests/ and its folders (tests/rules/ holds the reading rules')."""
    return [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "tests").rglob("test_*.py"))
        if path.name not in excluded
    ]


def dotted_name(module: str) -> str:
    """The import name of a module: "core/catalog.py" -> "stemcell_cli.core.catalog"."""
    return "stemcell_cli." + module.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def near_tests(module: str, files: Sequence[str]) -> list[str]:
    """The test files that name the module (its tests, run first)."""
    dotted = dotted_name(module)
    package, _, name = dotted.rpartition(".")
    imported = re.compile(rf"from {re.escape(package)} import [^\n]*\b{name}\b")
    return [
        test
        for test in files
        if dotted in (text := (ROOT / test).read_text(encoding="utf-8")) or imported.search(text)
    ]


@dataclass
class Outcome:
    mutant: Mutant
    status: str  # killed | survived | timeout
    seconds: float
    by: str = ""


#: How many times the unmutated time a mutant that timed out once gets on its second
#: try before it counts as killed by a timeout.
PATIENT_FACTOR = 10.0


@dataclass
class Runner:
    files: list[str]
    copies: queue.Queue[Path]
    near_only: bool = False
    factor: float = 3.0
    #: Seconds each test file takes alone, unmutated.
    durations: dict[str, float] = field(default_factory=dict)
    #: The modules (dotted) each test file imports, unmutated, in any process.
    imports: dict[str, set[str]] = field(default_factory=dict)
    #: module -> test file -> how many of its mutants that file killed so far.
    killers: dict[str, dict[str, int]] = field(default_factory=dict)

    def timeout(self, tests: Sequence[str], patient: bool = False) -> float:
        """The time limit of a run: three times the unmutated time plus ten seconds;
        the second, patient try of a run that timed out gets ten times plus a minute."""
        unmutated = sum(self.durations[name] for name in tests)
        if patient:
            return PATIENT_FACTOR * unmutated + 60
        return self.factor * unmutated + 10

    def stages(self, module: str) -> list[list[str]]:
        """The test files naming the module, then the others that import it. In each,
        the files that killed earlier mutants of the module come first, then the
        quickest, since `-x` stops at the first failure; a mutant that survives runs
        them all anyway."""
        near = near_tests(module, self.files)
        dotted = dotted_name(module)
        rest = [
            name
            for name in self.files
            if name not in near and not self.near_only and dotted in self.imports[name]
        ]
        kills = self.killers.get(module, {})

        def order(name: str) -> tuple[int, float]:
            return -kills.get(name, 0), self.durations[name]

        return [sorted(stage, key=order) for stage in (near, rest) if stage]

    def measure(self, name: str) -> None:
        """Time one test file on an unmutated copy; it must pass."""
        tree = self.copies.get()
        record = tree / f"imports-{name.replace('/', '-')}.txt"
        try:
            status, seconds, output = run_tests(tree, [name], timeout=1800, record=record)
            names = record.read_text(encoding="utf-8").split() if record.exists() else []
        finally:
            record.unlink(missing_ok=True)
            self.copies.put(tree)
        if status != "passed":
            raise SystemExit(f"{name} fails without any mutant:\n{output}")
        self.durations[name] = seconds
        self.imports[name] = set(names)

    def run(self, mutant: Mutant) -> Outcome:
        tree = self.copies.get()
        target = tree / "src" / "stemcell_cli" / mutant.module
        original = target.read_bytes()
        started = time.monotonic()
        try:
            _forget_bytecode(target)
            target.write_bytes(mutant.source())
            for tests in self.stages(mutant.module):
                status, _, output = run_tests(tree, tests, self.timeout(tests))
                if status == "timeout":
                    # A machine under load can make a slower mutant miss the first
                    # limit: only one that misses a limit ten times the unmutated
                    # time is taken to hang; else the tests' own verdict counts.
                    status, _, output = run_tests(tree, tests, self.timeout(tests, True))
                if status != "passed":
                    kind = "timeout" if status == "timeout" else "killed"
                    by = failed_file(output)
                    if by:
                        counts = self.killers.setdefault(mutant.module, {})
                        counts[by] = counts.get(by, 0) + 1
                    return Outcome(mutant, kind, time.monotonic() - started, by)
            return Outcome(mutant, "survived", time.monotonic() - started)
        finally:
            target.write_bytes(original)
            _forget_bytecode(target)
            self.copies.put(tree)


def _forget_bytecode(module: Path) -> None:
    """Remove the cached bytecode of a module: a mutant and the original can have the
    same size and, within the resolution of the timestamp, the same modification time,
    which is all a cached `.pyc` is checked against."""
    for cached in (module.parent / "__pycache__").glob(f"{module.stem}.*.pyc"):
        cached.unlink(missing_ok=True)


def modules(packages: Sequence[str]) -> list[str]:
    return [
        str(path.relative_to(PACKAGE))
        for package in packages
        for path in sorted((PACKAGE / package).rglob("*.py"))
    ]


def sample_sizes(given: Sequence[str] | None, packages: Sequence[str]) -> dict[str, int] | None:
    """--sample values ("200" for every package, "check=100" for one) by package."""
    if not given:
        return None
    sizes: dict[str, int] = {}
    for value in given:
        package, _, count = value.rpartition("=")
        for name in [package] if package else packages:
            if name not in PACKAGES:
                raise SystemExit(f"--sample {value}: no package {name!r}")
            sizes[name] = int(count)
    return sizes


def choose(
    every: list[Mutant], packages: Sequence[str], sizes: dict[str, int] | None, seed: int
) -> list[Mutant]:
    """All mutants, or as many of each package as `sizes` says (all of a package it
    leaves out), drawn at random with `seed`: each package's draw is its own, so the
    same seed picks the same mutants of core whether check runs too or not."""
    if sizes is None:
        return every
    chosen: list[Mutant] = []
    for package in packages:
        own = [m for m in every if m.package == package]
        count = sizes.get(package, len(own))
        chosen += random.Random(f"{seed}:{package}").sample(own, min(count, len(own)))
    return sorted(chosen, key=lambda m: (m.module, m.line, m.change))


def survivors_of(report_file: Path) -> set[str]:
    """The labels of the mutants that survived in a report written with --json."""
    outcomes = json.loads(report_file.read_text(encoding="utf-8"))["outcomes"]
    return {o["mutant"] for o in outcomes if o["status"] == "survived"}


def report(outcomes: list[Outcome], packages: Sequence[str]) -> tuple[dict[str, Any], float]:
    """Print and return the share killed per package and overall; equivalent mutants
    that survived are left out of it (and counted apart)."""
    rows: dict[str, Any] = {}
    for package in [*packages, "overall"]:
        mine = [o for o in outcomes if package in ("overall", o.mutant.package)]
        equivalent = sum(o.status == "survived" and bool(o.mutant.equivalent()) for o in mine)
        killed = sum(o.status != "survived" for o in mine)
        timeouts = sum(o.status == "timeout" for o in mine)
        counted = len(mine) - equivalent
        share = killed / counted if counted else 1.0
        rows[package] = {
            "mutants": len(mine),
            "equivalent": equivalent,
            "killed": killed,
            "of them by timeout": timeouts,
            "share": share,
            "share_counting_equivalent": killed / len(mine) if mine else 1.0,
        }
        print(
            f"{package:<8} {killed:4d} of {counted:4d} mutants killed  {share:6.1%}"
            f"   ({timeouts} by timeout; {equivalent} equivalent left out,"
            f" {killed / max(len(mine), 1):.1%} with them)"
        )
    return rows, rows["overall"]["share"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", action="append", choices=PACKAGES, help="repeatable")
    parser.add_argument("--module", action="append", help="only this module, like core/catalog.py")
    parser.add_argument(
        "--sample",
        action="append",
        help="run N mutants of each package (N), or of one (core=N); repeatable",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="mutants at once")
    parser.add_argument("--target", type=float, default=0.90, help="least share killed")
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    parser.add_argument(
        "--near-only",
        action="store_true",
        help="run only the test files that name the mutated module: quicker, for finding "
        "survivors while writing tests; it overstates them, so its share is not the figure",
    )
    parser.add_argument("--json", type=Path, help="write the outcomes here")
    parser.add_argument(
        "--again",
        type=Path,
        help="run only the mutants (of this selection) that survived in this --json report",
    )
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # clean up the copies

    packages = args.package or list(PACKAGES)
    targets = args.module or modules(packages)
    every = [mutant for module in targets for mutant in mutants_of(module)]
    chosen = choose(every, packages, sample_sizes(args.sample, packages), args.seed)
    if args.again:
        survived = survivors_of(args.again)
        chosen = [mutant for mutant in chosen if mutant.label() in survived]
    if args.list:
        for mutant in chosen:
            print(mutant.label())
        print(f"{len(chosen)} of {len(every)} mutants")
        return 0

    files = test_files(EXCLUDED)
    with tempfile.TemporaryDirectory(prefix="stemcell-mutation-") as base:
        copies: queue.Queue[Path] = queue.Queue()
        for _ in range(max(1, args.jobs)):
            copies.put(make_copy(Path(base)))
        runner = Runner(files, copies, near_only=args.near_only)
        print(f"{len(chosen)} of {len(every)} mutants, {args.jobs} at a time; baseline first")
        with ThreadPoolExecutor(max(1, args.jobs)) as pool:  # each test file passes unmutated
            list(pool.map(runner.measure, files))
        print(f"baseline: {len(files)} test files pass in {sum(runner.durations.values()):.0f} s")
        started = time.monotonic()
        outcomes: list[Outcome] = []
        pool = ThreadPoolExecutor(max(1, args.jobs))
        try:
            for outcome in pool.map(runner.run, chosen):
                outcomes.append(outcome)
                if outcome.status == "survived":
                    mark = "E" if outcome.mutant.equivalent() else "S"
                    print(f"\n{mark} {outcome.mutant.label()}", flush=True)
                else:
                    print("T" if outcome.status == "timeout" else ".", end="", flush=True)
        finally:  # on an interrupt, let the running mutants end and drop the queued ones
            pool.shutdown(wait=True, cancel_futures=True)
        print(f"\n{len(outcomes)} mutants in {time.monotonic() - started:.0f} s\n")

    survivors = [o for o in outcomes if o.status == "survived" and not o.mutant.equivalent()]
    equivalent = [o for o in outcomes if o.status == "survived" and o.mutant.equivalent()]
    for title, listed in (("survivors", survivors), ("equivalent (left out)", equivalent)):
        if listed:
            print(f"{title}:")
            for outcome in listed:
                why = outcome.mutant.equivalent()
                print("  " + outcome.mutant.label() + (f"    -- {why}" if why else ""))
            print()
    rows, overall = report(outcomes, packages)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "sample": sample_sizes(args.sample, packages),
                    "seed": args.seed,
                    "shares": rows,
                    "outcomes": [
                        {
                            "mutant": o.mutant.label(),
                            "status": o.status,
                            "seconds": round(o.seconds, 1),
                            "killed by": o.by,
                        }
                        for o in outcomes
                    ],
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    if overall < args.target:
        print(f"\nbelow the target: {overall:.1%} killed, the target is {args.target:.0%}")
        return 1
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
