"""English number words, for the readers that take a count, an age or a year in words
("twenty-two", "nineteen ninety-nine"): one table, shared by the date and age readers."""

from __future__ import annotations

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
UNITS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
TENS: dict[str, int] = {
    w: 10 * i
    for i, w in enumerate(
        ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
    if w != "_"
}
