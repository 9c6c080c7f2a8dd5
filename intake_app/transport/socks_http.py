# SPDX-License-Identifier: GPL-3.0-or-later
"""An HTTP connection through a SOCKS5 proxy (a tor SOCKS port), for the standard library's
``http.client``: the staff fetch (``archive/fetch.py``) and the witness collector
(``transport/witness.py``) use it; the submission client has its own wire (``client.py``).

Guarantees: the host name is resolved by the proxy (``rdns=True``: an ``.onion`` or any name is
never looked up locally, so no DNS request leaves the machine); the connection's timeout applies to
the SOCKS handshake and every read. Never: falls back to a direct connection."""

from __future__ import annotations

import http.client


class SocksHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, socks_addr: tuple[str, int], timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._socks = socks_addr

    def connect(self) -> None:
        import socks  # PySocks, loaded only when a proxy is used

        s = socks.socksocket()
        s.set_proxy(socks.SOCKS5, self._socks[0], self._socks[1], rdns=True)
        s.settimeout(self.timeout if isinstance(self.timeout, (int, float)) else None)
        s.connect((self.host, self.port))
        self.sock = s
