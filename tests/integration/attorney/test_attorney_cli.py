"""`intake-admin` user and profile commands against the test database (DATABASE_URL)."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.config import get_settings
from bot.store.unit_of_work import UnitOfWork

PASSWORD = "correct horse battery staple"


def email() -> str:
    return f"cli-{uuid.uuid4().hex[:8]}@example.com"


def test_create_user_with_password_from_stdin_then_list_disable_enable(monkeypatch, capsys):
    address = email()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert (
        main(
            [
                "create-user",
                "--role",
                "admin",
                "--email",
                address.upper(),
                "--name",
                "First Admin",
                "--password-stdin",
            ]
        )
        == 0
    )
    assert f"created admin {address}" in capsys.readouterr().out
    with UnitOfWork() as uow:
        user = uow.users.by_email(address)
        assert user.role == "admin" and user.active
        assert user.password_hash.startswith("$argon2id$")
    assert main(["list-users"]) == 0
    assert address in capsys.readouterr().out
    assert main(["disable-user", "--email", address]) == 0
    with UnitOfWork() as uow:
        assert uow.users.by_email(address).active is False
    assert main(["enable-user", "--email", address]) == 0
    assert main(["disable-user", "--email", "nobody@example.com"]) == 1


def test_create_user_prompts_twice_with_getpass(monkeypatch, capsys) -> None:
    answers = iter([PASSWORD, PASSWORD])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    address = email()
    assert (
        main(
            [
                "create-user",
                "--role",
                "attorney",
                "--email",
                address,
                "--name",
                "Reyes",
                "--attorney-id",
                "a-reyes",
            ]
        )
        == 0
    )
    answers = iter([PASSWORD, "something else entirely"])
    assert (
        main(
            [
                "create-user",
                "--role",
                "attorney",
                "--email",
                email(),
                "--name",
                "X",
                "--attorney-id",
                "a-reyes",
            ]
        )
        == 1
    )
    assert "differ" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "attorney"], "needs --attorney-id"),
        (["--role", "attorney", "--attorney-id", "ghost"], "No attorney 'ghost'"),
        (["--role", "admin", "--email", "bad"], "valid e-mail"),
    ],
)
def test_create_user_refuses_bad_input(monkeypatch, capsys, args, message) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    base = {"--email": email(), "--name": "N"}
    for i in range(0, len(args), 2):
        base[args[i]] = args[i + 1]
    argv = ["create-user", "--password-stdin"] + [x for kv in base.items() for x in kv]
    assert main(argv) == 1
    assert message in capsys.readouterr().err


def test_short_password_is_refused(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert (
        main(
            [
                "create-user",
                "--role",
                "admin",
                "--email",
                email(),
                "--name",
                "N",
                "--password-stdin",
            ]
        )
        == 1
    )
    assert "at least 12" in capsys.readouterr().err


def test_reset_password(monkeypatch) -> None:
    address = email()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    main(["create-user", "--role", "admin", "--email", address, "--name", "N", "--password-stdin"])
    with UnitOfWork() as uow:
        before = uow.users.by_email(address).password_hash
    monkeypatch.setattr("sys.stdin", io.StringIO("another fine passphrase\n"))
    assert main(["reset-password", "--email", address, "--password-stdin"]) == 0
    with UnitOfWork() as uow:
        assert uow.users.by_email(address).password_hash != before


def test_profile_show_and_import(tmp_path: Path, capsys) -> None:
    assert main(["profile", "show"]) == 0
    original = yaml.safe_load(capsys.readouterr().out)
    assert original["firm_name"] and original["attorneys"]
    path = tmp_path / "profile.yml"
    try:
        path.write_text(yaml.safe_dump({**original, "referral_note": "Call the state bar."}))
        assert main(["profile", "import", str(path)]) == 0
        assert "imported" in capsys.readouterr().out
        assert main(["profile", "show"]) == 0
        assert "Call the state bar." in capsys.readouterr().out
        path.write_text(yaml.safe_dump({**original, "states": ["ZZ"]}))
        assert main(["profile", "import", str(path)]) == 1
        assert "unknown state code" in capsys.readouterr().err
        assert main(["profile", "history"]) == 0
        assert "\tcli\t" in capsys.readouterr().out
    finally:
        # The session database is shared: leave the profile as the YAML had it.
        path.write_text(yaml.safe_dump(original))
        assert main(["profile", "import", str(path)]) == 0
    assert get_settings().firm_profile_path.exists()  # the YAML file itself is untouched


def test_rescore_is_a_dry_run_unless_applied(capsys) -> None:
    """A lead stored before tiers existed: the dry run names it and writes nothing."""
    from bot.store.models import Lead

    with UnitOfWork() as uow:
        lead = Lead(
            conversation_id=f"web-{uuid.uuid4().hex}",
            channel="web",
            incident_state="NY",
            case_type="surgical",
            severity="catastrophic",
            provider="Mercy General Hospital",
            incident_description="the surgeon cut a nerve",
            injury="paralysis",
            incident_date="2026-01-05",
            qualification="review",
            limitation={"deadline": "2028-07-05", "open": True, "flags": []},
        )
        uow.leads.add(lead)
        uow.commit()
        lead_id = lead.id
    assert main(["rescore"]) == 0
    out = capsys.readouterr().out
    assert f"{lead_id}\tunscored -> strong" in out and "outcome review -> qualified" in out
    assert "Dry run: nothing was written" in out
    with UnitOfWork() as uow:
        assert uow.leads.get(lead_id).tier is None
    assert main(["rescore", "--apply", "--quiet"]) == 0
    assert "changed" in capsys.readouterr().out
    with UnitOfWork() as uow:
        stored = uow.leads.get(lead_id)
        assert (stored.tier, stored.qualification) == ("strong", "qualified")
