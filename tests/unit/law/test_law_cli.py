"""The intake-sol command line."""

import json

import pytest

from bot.law.cli import main

KEYS = {"deadline", "open", "days_left", "basis", "citation", "explanation", "flags"}


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_output_has_required_keys(capsys):
    code, out, _ = run(
        capsys, "--state", "CA", "--incident-date", "2025-03-10", "--as-of", "2025-11-22", "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert set(data) >= KEYS
    assert data["deadline"] == "2026-03-10"
    assert data["open"] is True
    assert data["days_left"] == 108
    assert data["jurisdiction"] == "CA"
    assert isinstance(data["flags"], list) and data["flags"] == sorted(data["flags"])


def test_json_null_deadline_without_incident(capsys):
    code, out, _ = run(capsys, "--state", "NY", "--as-of", "2025-11-22", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["deadline"] is None and data["open"] is None and data["days_left"] is None


def test_partial_dates_are_accepted(capsys):
    code, out, _ = run(
        capsys,
        "--state",
        "in",
        "--incident-date",
        "2024-03",
        "--birth-date",
        "2019",
        "--as-of",
        "2025-01-01",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert "approximate_date" in data["flags"]
    assert "earliest possible day" in data["explanation"]


def test_foreign_object_and_death_flags(capsys):
    code, out, _ = run(
        capsys,
        "--state",
        "GA",
        "--incident-date",
        "2020-01-01",
        "--discovery-date",
        "2024-06-01",
        "--foreign-object",
        "--as-of",
        "2024-07-01",
        "--json",
    )
    assert code == 0
    assert json.loads(out)["basis"] == "foreign_object"
    code, out, _ = run(
        capsys,
        "--state",
        "GA",
        "--incident-date",
        "2024-01-01",
        "--death-date",
        "2024-02-01",
        "--as-of",
        "2024-07-01",
        "--json",
    )
    assert json.loads(out)["basis"] == "wrongful_death"


def test_readable_output(capsys):
    code, out, _ = run(
        capsys, "--state", "TX", "--incident-date", "2024-05-01", "--as-of", "2025-01-01"
    )
    assert code == 0
    assert "Last day to file (estimate): 2026-05-01" in out
    assert "Status: open" in out
    assert "Citation:" in out and "74.251" in out
    assert "attorney must verify" in out
    assert not out.lstrip().startswith("{")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--state", "ZZ", "--incident-date", "2025-03-10"], "unknown state"),
        (["--state", "CA", "--incident-date", "2025-13-10"], "invalid date"),
        (["--state", "CA", "--incident-date", "March 2025"], "invalid date"),
        (
            ["--state", "CA", "--incident-date", "2025-03-10", "--discovery-date", "2025-01-01"],
            "before the incident",
        ),
        (["--incident-date", "2025-03-10"], "--state"),
        # A deadline past 9999-12-31 cannot be represented: bad input, not a traceback.
        (["--state", "CA", "--incident-date", "9999-12-31"], "outside the years 1-9999"),
        (
            ["--state", "PA", "--incident-date", "9999", "--discovery-date", "9999-12-31"],
            "outside the years 1-9999",
        ),
    ],
)
def test_bad_input_exits_2(capsys, argv, message):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_government_and_outer_bound_reach_the_cli(capsys):
    # Cal. Gov. Code § 911.2: 6 months from the 2026-01-20 incident -> 2026-07-20.
    main(
        [
            "--state",
            "CA",
            "--incident-date",
            "2026-01-20",
            "--government",
            "local",
            "--as-of",
            "2026-12-02",
            "--json",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert data["government_deadlines"][0]["deadline"] == "2026-07-20"
    assert data["likely_expired"] is False
    main(
        [
            "--state",
            "CA",
            "--incident-date",
            "2026-01-20",
            "--government",
            "local",
            "--as-of",
            "2026-12-02",
        ]
    )
    assert "Government claim: Government Claims Act claim" in capsys.readouterr().out


def test_birth_injury_flag_reaches_the_engine(capsys):
    # N.J.S.A. 2A:14-21: not a birth injury -> tolled to 18 + 2 yrs (2040-01-10).
    main(
        [
            "--state",
            "NJ",
            "--incident-date",
            "2020-06-01",
            "--birth-date",
            "2020-01-10",
            "--birth-injury",
            "no",
            "--as-of",
            "2020-07-01",
            "--json",
        ]
    )
    assert json.loads(capsys.readouterr().out)["deadline"] == "2040-01-10"
