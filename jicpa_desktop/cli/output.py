"""Printing for the command line: aligned tables for people, JSON for scripts.

Text printed here can come from someone else: a teammate's package carries notes, names and an inspection
title, and a note may hold terminal control sequences (retitle the window, clear the screen, hide what
follows). ``visible`` is the one rule every printer uses: control characters are shown as escapes
(``\\x1b``, ``\\r``, ``\\u009b``, ``\\u202e``; a byte of a file name that was not UTF-8 as ``\\xe9``),
never sent to the terminal. Text for people is escaped whether stdout is a terminal or a file, since a file
is read in a terminal later (``cat``, ``less -R``); scripts take ``--json``, which is exact JSON either way:
the same characters as JSON ``\\u`` escapes, so the parsed value is the stored text, character for character.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from typing import Any, TextIO

# C0 controls (newline and tab handled by the caller's layout), DEL, C1 controls (U+009B is a one-character
# CSI on some terminals), bidirectional overrides and isolates ("Trojan Source"), and lone surrogates: a byte
# that was not UTF-8 in a file name given on the command line (surrogateescape).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_CONTROLS_AND_LAYOUT = re.compile("[\t\n]|" + _CONTROLS.pattern)
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the byte the system gave
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


def visible(text: str, *, keep_layout: bool = True) -> str:
    """*text* with every control character shown as an escape; newlines and tabs kept when *keep_layout*
    (messages), escaped too when not (a table cell must stay on its row)."""
    return (_CONTROLS if keep_layout else _CONTROLS_AND_LAYOUT).sub(_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def echo(*parts: object, file: TextIO | None = None) -> None:
    """print() for text that may hold someone else's words: the one way text reaches stdout or stderr."""
    print(visible(" ".join(str(p) for p in parts)), file=file if file is not None else sys.stdout)


def print_json(data: Any) -> None:
    # json.dumps escapes C0 controls itself; DEL, C1, bidi controls and lone surrogates are escaped here
    # as \uXXXX (JSON syntax is ASCII, so every match is inside a string): the same value, nothing raw.
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    print(_CONTROLS.sub(_json_escape, text))


def print_table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> None:
    cells = [[visible(str(c), keep_layout=False) for c in headers],
             *[[("" if c is None else visible(str(c), keep_layout=False)) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))
