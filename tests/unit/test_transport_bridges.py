# SPDX-License-Identifier: GPL-3.0-or-later
"""Bridge lines: obfs4, meek_lite, snowflake and plain bridges parse; mistakes give typed errors; tor accepts
the result, and the transports' programs really offer them."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from intake_app.text.errors import user_message
from intake_app.tools import tool_path
from intake_app.transport import bridges, tor

OBFS4 = ("obfs4 192.95.36.142:443 CDF2E852BF539B82BD10E27E9115A31734E378C2 "
         "cert=qUVQ0srL1JI/vO6V6m/24anYXiJD3QP2HgzUKQtQ7GRqqUvs7P+tG43RtAqdhLOALP7DJQ iat-mode=1")
SNOWFLAKE = ("snowflake 192.0.2.3:80 2B280B23E1107BB62ABFC40DDCC8824814F80A72 "
             "fingerprint=2B280B23E1107BB62ABFC40DDCC8824814F80A72 url=https://1098762253.rsc.cdn77.org/ "
             "front=www.cdn77.com,www.phpmyadmin.net ice=stun:stun.l.google.com:19302,stun:stun.antisip.com:3478 "
             "utls-imitate=hellorandomizedalpn")


MEEK = ("meek_lite 192.0.2.18:80 BE776A53492E1E044A26F17306E1BC46A55A1625 url=https://meek.example.net/ "
        "front=ajax.example.com")


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
    m = bridges.parse_bridge_line(MEEK)
    assert m.transport == "meek_lite" and dict(m.options)["front"] == "ajax.example.com" and m.line() == MEEK


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("", bridges.BridgeSyntaxError),
        ("scramblesuit 192.0.2.2:2 97700DFE9F483596DDA6264C4D7DF7641E1E39CE password=x", bridges.UnsupportedTransportError),
        (MEEK.replace("url=https://", "url=http://"), bridges.BridgeOptionError),
        (MEEK + " colour=blue", bridges.BridgeOptionError),
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
    lines = bridges.torrc_for_bridges(bridges.parse_bridge_lines(OBFS4 + "\n" + SNOWFLAKE + "\n" + MEEK))
    assert any(line.startswith("ClientTransportPlugin obfs4 exec ") for line in lines)
    assert any(line.startswith("ClientTransportPlugin snowflake exec ") for line in lines)
    assert any(line.startswith("ClientTransportPlugin meek_lite exec ") and line.endswith("obfs4proxy")
               for line in lines)
    with tor.launch_tor(tmp_path / "tor", extra_lines=["DisableNetwork 1", *lines], wait=False) as connection:
        assert connection.controller is not None
        configured = connection.controller.get_conf("Bridge", multiple=True)
        assert OBFS4 in configured and SNOWFLAKE in configured and MEEK in configured
        assert connection.controller.get_conf("UseBridges") == "1"


def test_tor_refusing_its_configuration_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(tor.TorStartError):
        tor.launch_tor(tmp_path / "tor", extra_lines=["DisableNetwork 1", "NoSuchOption 1"], wait=False)


@pytest.mark.parametrize("transport", sorted(bridges.TRANSPORT_BINARIES))
def test_each_transport_program_offers_its_transport(transport: str, tmp_path: Path) -> None:
    """The program tor will run for a transport, asked as tor asks (pt-spec.txt: managed client
    proxy), names that transport in a CMETHOD line: Debian's obfs4proxy offers obfs4 and
    meek_lite, snowflake-client offers snowflake."""
    program = tool_path(bridges.TRANSPORT_BINARIES[transport])
    assert program is not None
    env = {"PATH": os.environ.get("PATH", ""), "TOR_PT_MANAGED_TRANSPORT_VER": "1",
           "TOR_PT_CLIENT_TRANSPORTS": transport, "TOR_PT_STATE_LOCATION": str(tmp_path / "pt"),
           "TOR_PT_EXIT_ON_STDIN_CLOSE": "1"}
    proc = subprocess.Popen([program], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    seen: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            seen.append(line.strip())
            if line.startswith(("CMETHODS DONE", "CMETHOD-ERROR", "ENV-ERROR", "VERSION-ERROR")):
                break
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert any(s.startswith(f"CMETHOD {transport} socks5 127.0.0.1:") for s in seen), seen
