# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: an upload spread over several tor circuits vs one raw stream through the same tor.

``python -m benches.upload_tor [--mb 40] [--rounds 2] [--circuits 4]`` starts the private network of
``tests/fixtures/tornet.py`` (loopback only), a receiver onion service with two ports (80: our
receiver, with its default limits incl. the per-circuit ones; 81: a raw TCP sink) and one client
tor. Each round sends the same bytes (1) as one raw stream through the client's SOCKS port to the
sink, (2) with :class:`intake_app.transport.client.Uploader` over ``--circuits`` circuits and
(3) over one circuit. Reports throughputs, the ratio spread/raw (goal >= 2), the load average and
the peak RSS of this process (client, receiver and benchmark together; the tors are separate).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

import nacl.signing

from benches.tor_upload import _raw_upload, _sink
from intake_app.transport import client, tor
from intake_app.transport.inbox import Limits
from intake_app.transport.onion import create_onion_service_dir
from intake_app.transport.receiver import ReceiverServer, onion_torrc_lines
from intake_crypto.bundle import receipt as receipts
from tests.fixtures.tornet import free_port, start_network


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--circuits", type=int, default=client.SPREAD_CIRCUITS)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-upload-tor-", dir="/tmp"))
    os.environ["INTAKE_HOME"] = str(work / "home")
    net = start_network(work / "net")
    stop = threading.Event()
    server: ReceiverServer | None = None
    connections: list[tor.TorConnection] = []
    try:
        archive = work / "archive"
        onion = create_onion_service_dir(archive / "onion")
        key = nacl.signing.SigningKey.generate()
        limits = Limits(max_bundle_bytes=(args.mb + 1) << 20)
        port, sink_port = free_port(), free_port()
        server = ReceiverServer(archive, key, limits, port=port).start()
        threading.Thread(target=_sink, args=(sink_port, stop), daemon=True).start()
        lines = net.torrc_lines.splitlines() + onion_torrc_lines(archive, port) + [f"HiddenServicePort 81 127.0.0.1:{sink_port}"]
        connections.append(tor.launch_tor(archive / "tor", extra_lines=lines))
        client_tor = tor.launch_tor(work / "client-tor", extra_lines=net.torrc_lines.splitlines())
        connections.append(client_tor)
        endpoint = client.onion_endpoint(onion, client_tor)
        policy = client.RetryPolicy(first_backoff=0.5)
        warm = work / "warm.tib"
        warm.write_bytes(os.urandom(1000))
        client.Uploader(warm, endpoint, policy=policy, circuits=1).run()  # the first onion connect is slow

        size = args.mb << 20
        raw_t, spread_t, one_t = [], [], []
        for r in range(args.rounds):
            data = work / f"b{r}.tib"
            data.write_bytes(os.urandom(size))
            raw_t.append(_raw_upload(client_tor, onion, data))
            for circuits, times in ((args.circuits, spread_t), (1, one_t)):
                start = time.perf_counter()
                uploader = client.Uploader(data, endpoint, policy=policy, circuits=circuits)
                proof = uploader.run()
                times.append(time.perf_counter() - start)
                receipts.verify_submission(proof, bytes(key.verify_key), uploader.sha256, size)
            print(f"round {r}: raw {size / raw_t[-1] / 1e6:.1f} MB/s, {args.circuits} circuits "
                  f"{size / spread_t[-1] / 1e6:.1f} MB/s, one circuit {size / one_t[-1] / 1e6:.1f} MB/s")
        raw, spread, one = (statistics.median(t) for t in (raw_t, spread_t, one_t))
        paired = sorted(r / s for r, s in zip(raw_t, spread_t, strict=True))
        print(f"\n{args.mb} MB over the private Tor network (same client tor), median of {args.rounds}:")
        print(f"  one raw stream            : {raw:6.2f} s  {size / raw / 1e6:6.1f} MB/s")
        print(f"  intake, {args.circuits} circuits        : {spread:6.2f} s  {size / spread / 1e6:6.1f} MB/s")
        print(f"  intake, one circuit       : {one:6.2f} s  {size / one / 1e6:6.1f} MB/s")
        print(f"  ratio spread/raw          : {statistics.median(paired):6.2f} (min {paired[0]:.2f}, max {paired[-1]:.2f}; goal >= 2)")
        print(f"  load average (1, 5, 15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
        print(f"  peak RSS (this process)   : {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    finally:
        stop.set()
        if server is not None:
            server.stop()
        for c in connections:
            c.close()
        net.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
