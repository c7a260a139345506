"""Server-rendered SVG bars for the funnel: no chart library, no script, and the
numbers stay readable as text for screen readers and phones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH = 600
ROW = 50
BAR_HEIGHT = 22
VALUE_ROOM = 110  # right of the longest bar, for "1234 (100%)"


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    percent: int | None  # of the first step
    y: int  # top of the row
    width: int

    @property
    def bar_y(self) -> int:
        return self.y + 20

    @property
    def text_y(self) -> int:
        return self.y + 14

    @property
    def value_x(self) -> int:
        return self.width + 8

    @property
    def value_y(self) -> int:
        return self.bar_y + 16


def funnel_bars(steps: Sequence[tuple[str, int]]) -> tuple[list[Bar], int]:
    """Bars scaled to the largest value, and the chart's total height."""
    largest = max((v for _, v in steps), default=0)
    first = steps[0][1] if steps else 0
    room = WIDTH - VALUE_ROOM
    bars = []
    for index, (label, value) in enumerate(steps):
        width = 0 if largest == 0 else max(2 if value else 0, round(room * value / largest))
        percent = round(100 * value / first) if first else None
        bars.append(Bar(label=label, value=value, percent=percent, y=index * ROW, width=width))
    return bars, max(ROW, len(steps) * ROW)
