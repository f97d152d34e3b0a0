"""Every accuracy figure in one run: quotes (PolNeAR), numbers and dates (hand annotation), names.

    python benchmarks/eval.py                 # all
    python benchmarks/eval.py quotes dates    # some

Each part is its own script (eval_quotes.py, eval_numbers.py, eval_dates.py,
eval_names.py, inject.py) and can be run alone with more options; this runs them
with their defaults, one after the other.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = {
    "quotes": "eval_quotes.py",
    "numbers": "eval_numbers.py",
    "dates": "eval_dates.py",
    "names": "eval_names.py",
    "inject": "inject.py",
}


def main(argv: list[str]) -> int:
    wanted = argv or [p for p in PARTS if p != "inject"]
    unknown = [w for w in wanted if w not in PARTS]
    if unknown:
        print(f"unknown part(s): {', '.join(unknown)}; choose from {', '.join(PARTS)}")
        return 2
    for part in wanted:
        print(f"\n=== {part} ({PARTS[part]}) ===", flush=True)
        saved = sys.argv
        sys.argv = [PARTS[part]]
        try:
            runpy.run_path(str(HERE / PARTS[part]), run_name="__main__")
        except SystemExit as exc:
            if exc.code not in (0, None):
                print(f"{part}: exited with {exc.code}")
        finally:
            sys.argv = saved
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
