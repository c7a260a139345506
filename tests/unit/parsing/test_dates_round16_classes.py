"""Dates, round 16: the classes of wording the tuned blind rows showed, in other words.

Each block is one class fixed in bot/intake/dates.py for more wordings than the blind row
that showed it (tests/unit/parsing/test_dates_round16_blind.py); today is Friday
2026-12-04. A row is (answer, earliest, latest): the reading lies inside the window; ""
"" for no date read.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import date_rows

TODAY = date(2026, 12, 4)  # a Friday

ROWS: list[tuple[str, str, str]] = [
    # 1. A year typed wrong beside a day or a month: four figures after this year whose two
    #    figures swapped make one of the last ten years ("2052" 2025), five figures with one
    #    typed twice ("20025" 2025) or, failing that, one too many that leaves one year; a
    #    year far off, or five figures that leave two years, stay as they were.
    ("it was 5/2/2052 i think", "2025-05-02", "2025-05-02"),
    ("june 17 2062", "2026-06-17", "2026-06-17"),
    ("march 3rd, 20226", "2026-03-03", "2026-03-03"),
    ("10-8-20025", "2025-10-08", "2025-10-08"),
    ("may 20025", "2025-05-01", "2025-05-31"),
    ("4/4/2030", "", ""),
    ("11/3/2027", "", ""),
    # 2. Days known by name the reader lacked: tax day (April 15 or the next working day,
    #    "when taxes were due", "the tax deadline"), the World Cup final (the men's said
    #    plainly, the women's), the solar eclipses seen across the US (2017, 2023, 2024; none
    #    read in another year said), the Ohio State-Michigan game (the Saturday after
    #    Thanksgiving; its weekend is that Saturday and Sunday); "the same weekend as" a day.
    ("the week after my taxes were due", "2026-04-16", "2026-04-25"),
    ("two days after the tax deadline in 2023", "2023-04-20", "2023-04-20"),
    ("on tax day 2022", "2022-04-18", "2022-04-18"),
    ("the night of the world cup final in 2022", "2022-12-18", "2022-12-18"),
    ("the day after the women's world cup final 2023", "2023-08-21", "2023-08-21"),
    ("the same day as the total eclipse", "2024-04-08", "2024-04-08"),
    ("the eclipse in 2017", "2017-08-21", "2017-08-21"),
    ("the weekend of the ohio state-michigan game", "2026-11-28", "2026-11-29"),
    ("the michigan vs osu game in 2024", "2024-11-30", "2024-11-30"),
    # 3. A step after a holiday of several days (Hanukkah, Passover, Ramadan) is counted from
    #    its last day, a step before it from its first: "right after" is the seven days
    #    after it ends, "the day before" the day before it begins.
    ("just after passover 2025", "2025-04-21", "2025-04-27"),
    ("the day after chanukah in 2024", "2025-01-03", "2025-01-03"),
    ("right before ramadan this year", "2026-02-11", "2026-02-17"),
    ("2 days after yom kippur", "2026-09-23", "2026-09-23"),
    ("shortly after the end of ramadan", "2026-03-20", "2026-03-26"),
]


@pytest.mark.parametrize(("text", "earliest", "latest"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_class_rows(text: str, earliest: str, latest: str) -> None:
    date_rows.check_window(text, earliest, latest, TODAY)
