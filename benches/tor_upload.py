# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark: our resumable upload over a private Tor network vs a raw upload of the same bytes.

``python -m benches.tor_upload [--mb 50] [--rounds 2]`` starts the private network of
``tests/fixtures/tornet.py`` (loopback only), a receiver onion service with two ports (80: our
receiver; 81: a raw TCP sink) and a client tor. Each round sends the same bytes (1) raw through the
client's SOCKS port to the sink and (2) with :class:`intake_app.transport.client.Uploader`, then once
more with the receiver restarted half-way (resume). Reports throughputs, the ratio ours/raw (target
>= 0.90), the resume overhead (extra time and re-sent bytes) and peak RSS.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import nacl.signing
import socks

from intake_app.transport import client, tor
from intake_app.transport.inbox import Limits
from intake_app.transport.onion import create_onion_service_dir
from intake_app.transport.receiver import ReceiverServer, onion_torrc_lines
from intake_crypto.bundle import receipt as receipts
from tests.fixtures.tornet import free_port, start_network


def _sink(port: int, stop: threading.Event) -> None:
    """Reads '<length>\\n' then that many bytes, answers with the SHA-256 (a raw upload's receiver)."""
    srv = socket.create_server(("127.0.0.1", port))
    srv.settimeout(0.5)
    while not stop.is_set():
        try:
            conn, _ = srv.accept()
        except TimeoutError:
            continue
        with conn:
            f = conn.makefile("rb")
            first = f.readline()
            if first.startswith(b"PROXY "):  # tor's circuit header (HiddenServiceExportCircuitID)
                first = f.readline()
            length = int(first)
            digest = hashlib.sha256()
            while length:
                data = f.read(min(1 << 20, length))
                digest.update(data)
                length -= len(data)
            conn.sendall(digest.hexdigest().encode() + b"\n")
    srv.close()


def _raw_upload(connection: tor.TorConnection, onion: str, data_path: Path) -> float:
    size = data_path.stat().st_size
    start = time.perf_counter()
    s = socks.socksocket()
    s.set_proxy(socks.SOCKS5, connection.socks_host, connection.socks_port, rdns=True)
    s.settimeout(120)
    s.connect((onion, 81))
    s.sendall(f"{size}\n".encode())
    with open(data_path, "rb") as f:
        while chunk := f.read(1 << 20):
            s.sendall(chunk)
    answer = s.makefile("rb").readline().strip().decode()
    s.close()
    elapsed = time.perf_counter() - start
    assert answer == hashlib.sha256(data_path.read_bytes()).hexdigest(), "raw upload corrupted"
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-tor-", dir="/tmp"))
    os.environ["INTAKE_HOME"] = str(work / "home")
    t0 = time.perf_counter()
    net = start_network(work / "net")
    print(f"private network ready in {time.perf_counter() - t0:.1f} s")
    stop = threading.Event()
    servers: list[ReceiverServer] = []
    connections: list[tor.TorConnection] = []
    try:
        archive = work / "archive"
        onion = create_onion_service_dir(archive / "onion")
        key = nacl.signing.SigningKey.generate()
        limits = Limits(max_bundle_bytes=(args.mb + 1) << 20)
        port, sink_port = free_port(), free_port()
        servers.append(ReceiverServer(archive, key, limits, port=port).start())
        threading.Thread(target=_sink, args=(sink_port, stop), daemon=True).start()
        lines = net.torrc_lines.splitlines() + onion_torrc_lines(archive, port) + [f"HiddenServicePort 81 127.0.0.1:{sink_port}"]
        connections.append(tor.launch_tor(archive / "tor", extra_lines=lines))
        client_tor = tor.launch_tor(work / "client-tor", extra_lines=net.torrc_lines.splitlines())
        connections.append(client_tor)
        endpoint = client.onion_endpoint(onion, client_tor)
        policy = client.RetryPolicy(first_backoff=0.5)

        warm = work / "warm.tib"
        warm.write_bytes(os.urandom(1000))
        client.Uploader(warm, endpoint, policy=policy).run()  # the first onion connect is slow: not measured

        raw_times, ours_times = [], []
        size = args.mb << 20
        for r in range(args.rounds):
            data = work / f"b{r}.tib"
            data.write_bytes(os.urandom(size))
            raw_times.append(_raw_upload(client_tor, onion, data))
            start = time.perf_counter()
            uploader = client.Uploader(data, endpoint, policy=policy)
            proof = uploader.run()
            ours_times.append(time.perf_counter() - start)
            receipts.verify_submission(proof, bytes(key.verify_key), uploader.sha256, size)
            print(f"round {r}: raw {size / raw_times[-1] / 1e6:.1f} MB/s, ours {size / ours_times[-1] / 1e6:.1f} MB/s, "
                  f"ratio {raw_times[-1] / ours_times[-1]:.3f}")

        # Resume: restart the receiver when half is acknowledged.
        data = work / "resume.tib"
        data.write_bytes(os.urandom(size))
        sent = [0]

        def progress(done: int, total: int, phase: str) -> None:
            if phase == "uploading" and done >= total // 2 and not sent[0]:
                sent[0] = done
                servers[0].stop()
                servers[0] = ReceiverServer(archive, key, limits, port=port).start()

        start = time.perf_counter()
        uploader = client.Uploader(data, endpoint, policy=policy, progress=progress)
        proof = uploader.run()
        resumed = time.perf_counter() - start
        receipts.verify_submission(proof, bytes(key.verify_key), uploader.sha256, size)
        resent = sent[0] - (uploader.resumed_from[0] if uploader.resumed_from else 0)

        raw, ours = statistics.median(raw_times), statistics.median(ours_times)
        print(f"\n{args.mb} MB over the private Tor network (onion service, same SOCKS port), median of {args.rounds}:")
        print(f"  raw socket upload : {raw:6.2f} s  {size / raw / 1e6:6.1f} MB/s")
        print(f"  intake upload     : {ours:6.2f} s  {size / ours / 1e6:6.1f} MB/s")
        paired = sorted(r / o for r, o in zip(raw_times, ours_times, strict=True))
        print(f"  ratio ours/raw    : {statistics.median(paired):6.3f} median of paired rounds "
              f"(min {paired[0]:.3f}, max {paired[-1]:.3f}; total time {sum(raw_times) / sum(ours_times):.3f}; target >= 0.90)")
        print(f"  with a receiver restart at 50%: {resumed:6.2f} s, overhead {resumed / ours - 1:+.1%}, "
              f"re-sent {resent} bytes, attempts {uploader.attempts}")
        print(f"  peak RSS (this process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    finally:
        stop.set()
        for s in servers:
            s.stop()
        for c in connections:
            c.close()
        net.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
