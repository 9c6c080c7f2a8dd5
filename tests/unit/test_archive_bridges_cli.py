# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake archive init --bridge`` and ``intake archive bridges``: the archive's private bridges
signed into its profile, bad lines refused with a plain message before anything is written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from intake_crypto.bundle.profile import load_profile

OBFS4 = "obfs4 192.0.2.10:443 " + "A" * 40 + " cert=" + "Q" * 70 + " iat-mode=0"
PLAIN = "192.0.2.11:9001 " + "B" * 40


def _intake(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTAKE_HOME": str(home), "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "intake_app", *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def _init(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return _intake("archive", "init", str(tmp_path / "arch"), "--name", "A", "--no-passphrase", "--classic",
                   "--scrypt-work-factor", "10", *extra, home=tmp_path / "home")


def test_init_signs_the_bridges_into_the_profile(tmp_path: Path) -> None:
    done = _init(tmp_path, "--bridge", "Bridge " + OBFS4.replace("A" * 40, "a" * 40), "--bridge", PLAIN)
    assert done.returncode == 0, done.stderr
    profile = load_profile(tmp_path / "arch" / "profile.json")
    assert profile.bridges == (OBFS4, PLAIN)  # normalised: no "Bridge", fingerprint in capitals


def test_init_refuses_a_bad_bridge_line_and_leaves_nothing(tmp_path: Path) -> None:
    done = _init(tmp_path, "--bridge", "obfs4 192.0.2.10:443 " + "A" * 40 + " cert=short")
    assert done.returncode == 1
    assert "bridge line is not valid" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "arch").exists()


def test_bridges_add_remove_keep_the_fingerprint(tmp_path: Path) -> None:
    assert _init(tmp_path).returncode == 0
    path = tmp_path / "arch" / "profile.json"
    before = load_profile(path)
    assert "bridges" not in json.loads(path.read_bytes())
    done = _intake("archive", "bridges", str(tmp_path / "arch"), "--add", OBFS4, "--add", PLAIN, "--no-passphrase",
                   home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [OBFS4, PLAIN]
    assert before.fingerprint() in done.stderr and "never publish it" in done.stderr
    after = load_profile(path)
    assert after.bridges == (OBFS4, PLAIN) and after.fingerprint() == before.fingerprint()
    done = _intake("archive", "bridges", str(tmp_path / "arch"), "--remove", OBFS4, "--no-passphrase",
                   home=tmp_path / "home")
    assert done.returncode == 0 and load_profile(path).bridges == (PLAIN,)
    done = _intake("archive", "bridges", str(tmp_path / "arch"), "--clear", "--no-passphrase", home=tmp_path / "home")
    assert done.returncode == 0 and load_profile(path).bridges == ()
    assert path.read_bytes() == before.to_json()  # back to the very same bytes and signature


def test_bridges_refuses_a_bad_line_and_leaves_the_profile(tmp_path: Path) -> None:
    assert _init(tmp_path).returncode == 0
    path = tmp_path / "arch" / "profile.json"
    original = path.read_bytes()
    done = _intake("archive", "bridges", str(tmp_path / "arch"), "--add", OBFS4 + "\nUseBridges 0", "--no-passphrase",
                   home=tmp_path / "home")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert path.read_bytes() == original


def test_messages_are_translated(tmp_path: Path) -> None:
    assert _init(tmp_path, "--bridge", PLAIN).returncode == 0
    env = {**os.environ, "INTAKE_HOME": str(tmp_path / "home"), "LANG": "zh_TW.UTF-8", "LC_ALL": "zh_TW.UTF-8"}
    done = subprocess.run([sys.executable, "-m", "intake_app", "archive", "bridges", str(tmp_path / "arch")],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "檔案館設定檔中有 1 條私有橋接。" in done.stderr


def _ink_rows(picture: Path, top: int) -> list[tuple[int, int]]:
    """Runs of rows (first, last) below ``top`` with any dark pixel: the printed lines of text."""
    from PIL import Image

    with Image.open(picture) as image:
        grey = image.convert("L")
    runs: list[tuple[int, int]] = []
    for y in range(top, grey.height):
        inked = any(grey.getpixel((x, y)) < 128 for x in range(grey.width))  # type: ignore[operator]
        if inked and runs and runs[-1][1] == y - 1:
            runs[-1] = (runs[-1][0], y)
        elif inked:
            runs.append((y, y))
    return runs


def test_the_qr_card_carries_a_printed_caption_in_three_languages(tmp_path: Path) -> None:
    """The card says, on paper, what it is, for whom, and to keep it private, in English,
    simplified and traditional Chinese (whatever language the admin's app runs in), below a code
    that still reads back as the profile's bridge lines."""
    import zxingcpp
    from PIL import Image

    from intake_app.transport import qr

    assert _init(tmp_path).returncode == 0
    card = tmp_path / "card.png"
    done = _intake("archive", "bridges", str(tmp_path / "arch"), "--add", OBFS4, "--add", PLAIN, "--no-passphrase",
                   "--qr-card", str(card), home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert card.stat().st_mode & 0o077 == 0
    assert qr.lines_from_picture(card) == [OBFS4, PLAIN]

    english, simplified, traditional = qr.caption_texts()
    assert "Private Tor bridges" in english[0] and "handed to" in english[1] and "Keep this card private" in english[2]
    assert "网桥" in simplified[0] and "收到这张卡片的人" in simplified[1] and "妥善保管" in simplified[2]
    assert "橋接" in traditional[0] and "收到這張卡片的人" in traditional[1] and "妥善保管" in traditional[2]
    assert all(text.isascii() for text in english) and not any(text.isascii() for text in simplified + traditional)
    # a card found in a search says no more than its code: neither the archive nor testimony
    words = ("archive", "testimony", "档案", "檔案", "证言", "證言", "1989", "六四")
    assert not any(word in text.lower() for text in english + simplified + traditional for word in words)

    with Image.open(card) as image:
        code = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    assert len(code) == 1
    corners = code[0].position
    code_bottom = max(corners.top_left.y, corners.top_right.y, corners.bottom_left.y, corners.bottom_right.y)
    printed = _ink_rows(card, code_bottom + 40)  # below the code and its quiet zone
    # at least one printed line per paragraph and language, Chinese wrapping onto more lines
    assert len(printed) >= 3 * len(english), printed
