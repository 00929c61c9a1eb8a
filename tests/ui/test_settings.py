"""Stored settings are checked against their defaults' types and choices; bad ones fall back."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QSettings

from desktop.ui.settings import DEFAULTS, Settings


def stored(tmp_path, text: str) -> Settings:
    path = tmp_path / "precis.ini"
    path.write_text(text)
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.mark.parametrize(("line", "key"), [
    ("[summary]\nlength_mode=furlongs", "summary/length_mode"),
    ("[summary]\nalgorithm=oracle", "summary/algorithm"),
    ("[summary]\norder=sideways", "summary/order"),
    ("[summary]\nlength_value=many", "summary/length_value"),
    ("[summary]\nlength_value=-3", "summary/length_value"),
    ("[view]\nfont_size=900", "view/font_size"),
    ("[view]\nrepair=perhaps", "view/repair"),
    ("[window]\ngeometry=not-a-blob", "window/geometry"),
])
def test_a_bad_value_falls_back_to_the_default_with_one_log_line(tmp_path, caplog, line, key):
    settings = stored(tmp_path, line + "\n")
    with caplog.at_level(logging.WARNING, logger="desktop.ui.settings"):
        assert settings.get(key) == DEFAULTS[key]
    assert len(caplog.records) == 1 and key in caplog.records[0].getMessage()


@pytest.mark.parametrize(("line", "key", "value"), [
    ("[summary]\nlength_mode=words", "summary/length_mode", "words"),
    ("[summary]\nalgorithm=lexrank", "summary/algorithm", "lexrank"),
    ("[summary]\nlength_value=250", "summary/length_value", 250),
    ("[view]\nfont_size=17", "view/font_size", 17),
    ("[view]\nrepair=false", "view/repair", False),
])
def test_good_values_are_read_with_their_type(tmp_path, line, key, value):
    assert stored(tmp_path, line + "\n").get(key) == value


def test_values_equal_to_the_default_are_not_written(tmp_path):
    settings = stored(tmp_path, "")
    settings.set("view/font_size", DEFAULTS["view/font_size"])
    settings.set("view/repair", False)
    settings.sync()
    text = (tmp_path / "precis.ini").read_text()
    assert "font_size" not in text and "repair=false" in text
