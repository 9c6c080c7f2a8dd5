# SPDX-License-Identifier: GPL-3.0-or-later
"""A witness alone, in Traditional Chinese (繁體中文), from the real start command (issue 17): the
same driver and checks as tests/gui/test_journey_witness_zh.py (``intake app --witness`` with
``LANG=zh_TW.UTF-8``, every screen in Chinese with 您 and no interviewer's words, the warning
before the part about what happened passed with "continue", Chinese answers typed through the
input method, a photo with EXIF GPS, review, send, the receipt code's last 4 typed, then nothing
of the witness on disk), with a SHORT recording: 20 s past the 12 s idle timeout, every
delivered frame kept. The ten-minute take is the zh_CN journey's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.test_journey_witness_zh import witness_alone
from tests.gui.witness_journey_driver import IDLE_SECONDS

pytestmark = [pytest.mark.gui, pytest.mark.audio]

TAKE_SECONDS = IDLE_SECONDS + 20


@pytest.mark.timeout(TAKE_SECONDS + 1200)
def test_a_witness_alone_in_traditional_chinese_with_a_short_recording(pulse, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    witness_alone(pulse, tmp_path, "zh_TW", TAKE_SECONDS)
