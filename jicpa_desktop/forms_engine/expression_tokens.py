"""Tokeniser of the form expression language, and the error every malformed expression raises."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ExpressionError(ValueError):
    """A malformed expression; `position` is the 1-based column where the trouble starts."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (column {position})")
        self.message = message
        self.position = position


class Kind(Enum):
    NUMBER = "number"
    STRING = "text"
    NAME = "name"
    KEYWORD = "keyword"
    OPERATOR = "operator"
    END = "end of expression"


KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false", "null"})

# Longest first, so that '<=' is not read as '<' then '='.
OPERATORS = ("==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", ",")

# Characters people type from other languages; the hint says what to write instead.
_HINTS = {
    "=": "use '==' to compare",
    "&": "use 'and'",
    "|": "use 'or'",
    "!": "use 'not' or '!='",
    ".": "attribute access is not part of the language; refer to a question by its id",
}


@dataclass(frozen=True, slots=True)
class Token:
    kind: Kind
    text: str
    position: int  # 1-based column
    value: object = None

    def describe(self) -> str:
        return "end of expression" if self.kind is Kind.END else repr(self.text)


def tokenize(source: str) -> list[Token]:
    """Split an expression into tokens; the list always ends with an END token."""
    tokens: list[Token] = []
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        if char.isspace():
            i += 1
        elif char.isascii() and (char.isalpha() or char == "_"):
            end = _scan_name(source, i)
            word = source[i:end]
            kind = Kind.KEYWORD if word in KEYWORDS else Kind.NAME
            tokens.append(Token(kind, word, i + 1))
            i = end
        elif char.isascii() and char.isdigit():
            token, i = _scan_number(source, i)
            tokens.append(token)
        elif char in "'\"":
            token, i = _scan_string(source, i)
            tokens.append(token)
        else:
            operator = next((op for op in OPERATORS if source.startswith(op, i)), None)
            if operator is None:
                hint = _HINTS.get(char, "remove it")
                raise ExpressionError(f"unexpected character {char!r}: {hint}", i + 1)
            tokens.append(Token(Kind.OPERATOR, operator, i + 1))
            i += len(operator)
    tokens.append(Token(Kind.END, "", n + 1))
    return tokens


def _scan_name(source: str, start: int) -> int:
    end = start
    while end < len(source) and source[end].isascii() and (source[end].isalnum() or source[end] == "_"):
        end += 1
    return end


def _scan_number(source: str, start: int) -> tuple[Token, int]:
    end = start
    while end < len(source) and source[end].isascii() and source[end].isdigit():
        end += 1
    is_float = end + 1 < len(source) and source[end] == "." and source[end + 1].isdigit()
    if is_float:
        end += 1
        while end < len(source) and source[end].isascii() and source[end].isdigit():
            end += 1
    if end < len(source) and source[end].isascii() and (source[end].isalpha() or source[end] == "_"):
        raise ExpressionError(f"a number cannot run into letters: {source[start : end + 1]!r}", start + 1)
    text = source[start:end]
    value: object = float(text) if is_float else int(text)
    return Token(Kind.NUMBER, text, start + 1, value), end


def _scan_string(source: str, start: int) -> tuple[Token, int]:
    quote = source[start]
    chars: list[str] = []
    i = start + 1
    while i < len(source):
        char = source[i]
        if char == "\\" and i + 1 < len(source) and source[i + 1] in (quote, "\\"):
            chars.append(source[i + 1])
            i += 2
        elif char == quote:
            return Token(Kind.STRING, source[start : i + 1], start + 1, "".join(chars)), i + 1
        else:
            chars.append(char)
            i += 1
    raise ExpressionError(f"text starting here is never closed: add a closing {quote}", start + 1)
