"""What SQLCipher's memory wiping costs: ``run.bench_protected_open`` with it on or off.

    python benchmarks/protected_settings.py on|off REPEAT FOLDER     (run by benchmarks/run.py)

Issue 19 asks both for ``cipher_memory_security = ON`` and for a protected case within 1.5x of a
plain one. The setting is process-wide and cannot be turned off once on, so each side is measured
in its own process. "off" is a counterfactual made for this measurement only (the application
always turns it on): it drops the setting from the storage module's connection settings. Prints a
JSON object: the window open without the key derivation and one edit, protected over plain.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import bench_protected_open  # noqa: E402


def main() -> int:
    mode, repeat = sys.argv[1], int(sys.argv[2])
    folder = Path(sys.argv[3]) / f"memory-security-{mode}"
    folder.mkdir(parents=True, exist_ok=True)
    from atrocity_desk.core.storage import cipher

    if mode == "off":
        cipher._SETTINGS = tuple(s for s in cipher._SETTINGS if "cipher_memory_security" not in s)
    from atrocity_desk.core.example import write_example_case

    example = folder / "example.atrocase"
    write_example_case(example).close()
    measured = bench_protected_open(repeat, example, folder)
    print(json.dumps({"open_ratio_without_kdf": measured["protected_open_ratio_without_kdf"],
                      "edit_ratio": measured["protected_edit_ratio"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
