# SPDX-License-Identifier: GPL-3.0-or-later
"""Bridge lines: obfs4, snowflake and plain bridges parse; mistakes give typed errors; tor accepts the result."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.text.errors import user_message
from intake_app.transport import bridges, tor

OBFS4 = ("obfs4 192.95.36.142:443 CDF2E852BF539B82BD10E27E9115A31734E378C2 "
         "cert=qUVQ0srL1JI/vO6V6m/24anYXiJD3QP2HgzUKQtQ7GRqqUvs7P+tG43RtAqdhLOALP7DJQ iat-mode=1")
SNOWFLAKE = ("snowflake 192.0.2.3:80 2B280B23E1107BB62ABFC40DDCC8824814F80A72 "
             "fingerprint=2B280B23E1107BB62ABFC40DDCC8824814F80A72 url=https://1098762253.rsc.cdn77.org/ "
             "front=www.cdn77.com,www.phpmyadmin.net ice=stun:stun.l.google.com:19302,stun:stun.antisip.com:3478 "
             "utls-imitate=hellorandomizedalpn")


def test_good_lines_parse_and_round_trip() -> None:
    b = bridges.parse_bridge_line("Bridge " + OBFS4)
    assert b.transport == "obfs4" and b.port == 443 and dict(b.options)["iat-mode"] == "1"
    assert b.line() == OBFS4
    s = bridges.parse_bridge_line(SNOWFLAKE)
    assert s.transport == "snowflake" and dict(s.options)["front"] == "www.cdn77.com,www.phpmyadmin.net"
    assert s.line() == SNOWFLAKE
    plain = bridges.parse_bridge_line("[2001:db8::1]:9001 " + "a" * 40)
    assert plain.transport == "" and plain.fingerprint == "A" * 40 and plain.line().startswith("[2001:db8::1]:9001")
    assert len(bridges.parse_bridge_lines(f"# comment\n\n{OBFS4}\n{SNOWFLAKE}\n")) == 2


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("", bridges.BridgeSyntaxError),
        ("meek_lite 192.0.2.2:2 97700DFE9F483596DDA6264C4D7DF7641E1E39CE url=https://x", bridges.UnsupportedTransportError),
        ("webtunnel [2001:db8::1]:443 " + "A" * 40 + " url=https://x", bridges.UnsupportedTransportError),
        ("obfs4 192.0.2.1 " + "A" * 40 + " cert=x", bridges.BridgeAddressError),
        ("obfs4 999.0.2.1:443 " + "A" * 40 + " cert=x", bridges.BridgeAddressError),
        ("obfs4 192.0.2.1:70000 " + "A" * 40 + " cert=x", bridges.BridgeAddressError),
        ("obfs4 192.0.2.1:443 ABCD cert=x", bridges.BridgeFingerprintError),
        ("obfs4 192.0.2.1:443 cert=x iat-mode=0", bridges.BridgeFingerprintError),
        ("obfs4 192.0.2.1:443 " + "A" * 40 + " iat-mode=0", bridges.BridgeOptionError),
        (OBFS4.replace("cert=qUVQ", "cert=qU"), bridges.BridgeOptionError),
        (OBFS4.replace("iat-mode=1", "iat-mode=7"), bridges.BridgeOptionError),
        (OBFS4 + " iat-mode=0", bridges.BridgeOptionError),
        (SNOWFLAKE.replace("front=", "fronts="), bridges.BridgeOptionError),
        (SNOWFLAKE.replace("url=https://", "url=http://"), bridges.BridgeOptionError),
        (SNOWFLAKE.replace("ice=stun:", "ice=turn:"), bridges.BridgeOptionError),
        (SNOWFLAKE + " colour=blue", bridges.BridgeOptionError),
        ("192.0.2.1:443 " + "A" * 40 + " cert=x", bridges.BridgeOptionError),
    ],
)
def test_bad_lines_give_typed_errors_with_messages(line: str, error: type) -> None:
    with pytest.raises(error) as info:
        bridges.parse_bridge_line(line)
    message, hint = user_message(info.value)
    assert message and hint and "Something went wrong" not in message


def test_snowflake_fronts_error_says_what_to_do() -> None:
    with pytest.raises(bridges.BridgeOptionError) as info:
        bridges.parse_bridge_line(SNOWFLAKE.replace("front=", "fronts="))
    assert "front=" in info.value.detail


def test_tor_accepts_the_bridge_configuration(tmp_path: Path) -> None:
    lines = bridges.torrc_for_bridges(bridges.parse_bridge_lines(OBFS4 + "\n" + SNOWFLAKE))
    assert any(line.startswith("ClientTransportPlugin obfs4 exec ") for line in lines)
    assert any(line.startswith("ClientTransportPlugin snowflake exec ") for line in lines)
    with tor.launch_tor(tmp_path / "tor", extra_lines=["DisableNetwork 1", *lines], wait=False) as connection:
        assert connection.controller is not None
        configured = connection.controller.get_conf("Bridge", multiple=True)
        assert OBFS4 in configured and SNOWFLAKE in configured
        assert connection.controller.get_conf("UseBridges") == "1"


def test_tor_refusing_its_configuration_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(tor.TorStartError):
        tor.launch_tor(tmp_path / "tor", extra_lines=["DisableNetwork 1", "NoSuchOption 1"], wait=False)
