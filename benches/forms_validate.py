# SPDX-License-Identifier: GPL-3.0-or-later
"""Cost of validating, splitting and summarising a whole interview, against a JSON round trip
of the same answers in the same run.

Usage: ``python -m benches.forms_validate [--events 1,50,500] [--repeat 5]``

For each size it builds a valid ``testimony`` composite with that many events and victim
records, then times (best of ``--repeat``) ``validate``, ``split_by_sensitivity`` and
``consent_summary`` and, as the reference, ``json.loads(json.dumps(answers))``. It prints
milliseconds, the ratio to the reference, and the process's peak RSS. Also the cold start:
loading every definition and vocabulary (schema checks included). Not a test.
"""

from __future__ import annotations

import argparse
import copy
import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any


def best(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def build(n: int) -> dict[str, Any]:
    import intake_forms as forms
    from tests.unit.forms.example import full_interview

    answers = full_interview()
    event = answers["events_witnessed"]["events"][0]
    victim = answers["victim_record"]["victims"][0]
    answers["events_witnessed"]["events"] = [dict(copy.deepcopy(event), event_id=forms.new_ref()) for _ in range(n)]
    # The first keeps its id: the events' victim_refs and the witness's relation (victim 1) name it.
    answers["victim_record"]["victims"] = [victim] + [dict(copy.deepcopy(victim), victim_id=forms.new_ref())
                                                      for _ in range(n - 1)]
    return answers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benches.forms_validate", description=__doc__.split("\n")[0])
    parser.add_argument("--events", default="1,50,500", help="comma-separated entry counts (default 1,50,500)")
    parser.add_argument("--repeat", type=int, default=5, help="best of this many runs (default 5)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    import intake_forms as forms

    forms.list_forms()
    forms.list_vocabularies()
    print(f"cold load of all definitions and vocabularies: {(time.perf_counter() - start) * 1000:.0f} ms")
    form = forms.load_form("testimony")
    print(f"{'entries':>8} {'reference ms':>13} {'validate ms':>12} {'ratio':>7} {'split ms':>9} {'ratio':>7}"
          f" {'consent ms':>11} {'ratio':>7}")
    for n in (int(x) for x in args.events.split(",")):
        answers = build(n)
        problems = form.validate(answers)
        if problems:
            raise SystemExit(f"benchmark answers are invalid: {problems[:3]}")
        ref = best(lambda a=answers: json.loads(json.dumps(a)), args.repeat)
        val = best(lambda a=answers: form.validate(a), args.repeat)
        spl = best(lambda a=answers: form.split_by_sensitivity(a), args.repeat)
        con = best(lambda a=answers: form.consent_summary(a), args.repeat)
        print(f"{n:>8} {ref * 1000:>13.2f} {val * 1000:>12.2f} {val / ref:>7.1f} {spl * 1000:>9.2f} {spl / ref:>7.1f}"
              f" {con * 1000:>11.2f} {con / ref:>7.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS: {peak / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
