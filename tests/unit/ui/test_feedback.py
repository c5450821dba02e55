"""Scan sounds: which outcome plays what, and sound off really means silent."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from lazpack.domain.workflow import Kind, ScanOutcome, State
from lazpack.ui.feedback import Sounds, sound_for


def outcome(kind: Kind) -> ScanOutcome:
    return ScanOutcome(kind, "m", "n", State.VERIFYING)


def test_every_kind_has_the_sound_of_its_severity() -> None:
    assert sound_for(outcome(Kind.OK)) == "good"
    assert sound_for(outcome(Kind.ORDER_OPENED)) == "good"
    assert sound_for(outcome(Kind.WRONG_ITEM)) == "bad"
    assert sound_for(outcome(Kind.OVER_SCAN)) == "bad"
    assert sound_for(outcome(Kind.UNKNOWN)) == "bad"
    assert sound_for(outcome(Kind.STEP_FAILED)) == "bad"
    assert sound_for(outcome(Kind.READY)) == "done"
    assert sound_for(outcome(Kind.UNDONE)) is None  # neutral information: no sound


def test_sounds_play_per_outcome_and_stay_silent_when_off(qtbot: QtBot) -> None:
    on = Sounds(enabled=True)
    assert on.for_outcome(outcome(Kind.OK)) == "good"
    assert on.for_outcome(outcome(Kind.WRONG_ITEM)) == "bad"
    assert on.played == ["good", "bad"]
    off = Sounds(enabled=False)
    off.for_outcome(outcome(Kind.OK))
    assert off.played == []


def test_missing_audio_still_gives_a_working_station(qtbot: QtBot) -> None:
    # Whatever the audio backend does here (none offscreen, or a real one), construction
    # and play never raise; ``available`` tells whether sounds can really be heard.
    s = Sounds()
    assert isinstance(s.available, bool)
    s.play("good")
    s.play("no-such-sound")
    assert s.played == ["good", "no-such-sound"]
