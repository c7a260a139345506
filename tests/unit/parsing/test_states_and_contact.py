import pytest

from bot.intake.contact import find_contact, find_email, find_phone, format_phone
from bot.intake.states import JURISDICTIONS, find_state, find_states, jurisdiction, state_name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ny", "NY"),
        ("New Jersey", "NJ"),
        ("it was at a hospital in new jersey", "NJ"),
        ("Pensylvania", "PA"),
        ("washington dc", "DC"),
        ("Washington D.C.", "DC"),
        ("District of Columbia", "DC"),
        ("calif", "CA"),
        ("I live in Ohio", "OH"),
        ("Texas!", "TX"),
        ("We were in NY at the time", "NY"),
        ("hospital in west virginia", "WV"),
        ("virginia", "VA"),
        ("happened in Cleveland, OH", "OH"),
        ("Puerto Rico", "PR"),
    ],
)
def test_finds_the_state(text: str, code: str) -> None:
    assert find_state(text) == code


@pytest.mark.parametrize(
    "text", ["", "at the hospital", "I live in Ohio but it happened in Michigan"]
)
def test_no_single_state(text: str) -> None:
    assert find_state(text) is None


def test_lowercase_two_letter_words_inside_a_sentence_are_not_states() -> None:
    assert find_states("me and my mom were in the er") == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("NY", "NY"),
        ("ny", "NY"),
        (" dc ", "DC"),
        ("New York", "NY"),
        ("new  jersey", "NJ"),
        ("District of Columbia", "DC"),
        ("Washington DC", "DC"),
        ("Texxas", "TX"),  # a typo, matched phonetically as the form's answers are
        ("ZZ", None),
        ("Nwe Yrok", None),
        ("PR", None),  # territories: no limitation rules, never in a firm profile
        ("Guam", None),
        ("I live in Ohio but it happened in Michigan", None),
        ("", None),
        (None, None),
    ],
)
def test_jurisdiction_is_one_state_or_dc(raw: str | None, expected: str | None) -> None:
    """What qualification and routing compare with the firm profile's states."""
    assert jurisdiction(raw) == expected


def test_jurisdictions_are_the_50_states_and_dc() -> None:
    assert len(JURISDICTIONS) == 51
    assert "DC" in JURISDICTIONS and "PR" not in JURISDICTIONS


def test_state_names() -> None:
    assert state_name("DC") == "District of Columbia"
    assert state_name("NJ") == "New Jersey"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("(201) 555-0123", "+12015550123"),
        ("call me at 201.555.0123 after 5", "+12015550123"),
        ("my cell is 2015550123", "+12015550123"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_phone_numbers_normalise_to_e164(text: str, phone: str) -> None:
    assert find_phone(text) == phone


def test_invalid_numbers_are_not_phones() -> None:
    assert find_phone("123") is None
    assert find_phone("555-0000") is None


def test_email_is_normalised() -> None:
    assert find_email("email me: Maria.Lopez@Example.COM.") == "Maria.Lopez@example.com"
    assert find_email("maria@") is None


def test_contact_can_hold_both() -> None:
    c = find_contact("2015550123 or maria@example.com")
    assert (c.phone, c.email) == ("+12015550123", "maria@example.com")


def test_format_phone() -> None:
    assert format_phone("+12015550123") == "(201) 555-0123"
