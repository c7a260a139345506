"""The story texted before consent: held in memory, taken once, dropped when old."""

from bot.channels.sms.held_story import MAX_HELD, TTL_SECONDS, HeldStories, tells_a_story


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_taken_once_and_two_texts_join_in_order() -> None:
    held = HeldStories(Clock())
    held.hold("c1", "they gave my son adult dosage")
    held.hold("c1", "he ended up in the icu")
    assert held.take("c1") == "they gave my son adult dosage he ended up in the icu"
    assert held.take("c1") is None


def test_an_hour_old_story_is_dropped() -> None:
    clock = Clock()
    held = HeldStories(clock)
    held.hold("old", "the dentist broke a file in my root canal")
    clock.now += TTL_SECONDS + 1
    held.hold("new", "the nursing home let my grandmother fall")
    assert held.take("old") is None
    assert held.take("new") is not None


def test_the_oldest_goes_first_when_full() -> None:
    held = HeldStories(Clock())
    for i in range(MAX_HELD + 3):
        held.hold(f"c{i}", "my surgeon nicked an artery")
    assert len(held) == MAX_HELD
    assert held.take("c0") is None and held.take(f"c{MAX_HELD + 2}") is not None


def test_only_a_story_is_held() -> None:
    assert tells_a_story("the ER missed my husband's heart attack", "en")
    assert tells_a_story("en la clínica le dieron a mi mamá la medicina equivocada", "es")
    assert not tells_a_story("hi", "en")
    assert not tells_a_story("can someone help me?", "en")
    # Words, but not what went wrong in someone's care: the story question is still asked.
    assert not tells_a_story("hey are you guys real attorneys", "en")
    assert not tells_a_story("i got a lawyer already, looking for a second opinion", "en")
    assert not tells_a_story("my urgent care kinda messed up my whole year tbh", "en")
    assert not tells_a_story("i want to speak to a lawyer about my knee surgery", "en")
