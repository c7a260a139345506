from pathlib import Path

from bot.devtools.model import fingerprint


def test_fingerprint_changes_with_training_data_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "nlu.yml").write_text("a")
    first = fingerprint((data,), tmp_path)
    assert fingerprint((data,), tmp_path) == first
    (data / "nlu.yml").write_text("b")
    assert fingerprint((data,), tmp_path) != first
