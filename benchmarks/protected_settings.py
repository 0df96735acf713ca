"""What SQLCipher's memory wiping costs: one protected-case measurement with it on or off.

    python benchmarks/protected_settings.py on|off REPEAT FOLDER     (run by benchmarks/run.py)

Issue 19 asks both for ``cipher_memory_security = ON`` and for a protected case within 1.5x of a
plain one. The setting is process-wide and cannot be turned off once on, so each side is measured
in its own process. "off" is a counterfactual made for this measurement only (the application
always turns it on): it drops the setting from the storage module's connection settings. Prints a
JSON object: the window open without the key derivation and one edit, protected over plain.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path


def main() -> int:
    mode, repeat, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ATROCITY_DESK_SETTINGS_DIR"] = str(folder / f"settings-{mode}")  # never the user's
    os.environ["ATROCITY_DESK_DATA_DIR"] = str(folder / f"data-{mode}")
    from atrocity_desk.core.storage import cipher

    if mode == "off":
        cipher._SETTINGS = tuple(s for s in cipher._SETTINGS if "cipher_memory_security" not in s)
    from PySide6.QtWidgets import QApplication

    from atrocity_desk.core.example import write_example_case
    from atrocity_desk.core.models import Judgment
    from atrocity_desk.core.storage import CaseFile
    from atrocity_desk.core.storage.protection import protect
    from atrocity_desk.ui.app import create_application
    from atrocity_desk.ui.main_window import MainWindow

    passphrase = b"benchmark passphrase"
    plain, protected = folder / f"plain-{mode}.atrocase", folder / f"protected-{mode}.atrocase"
    write_example_case(plain).close()
    shutil.copy(plain, protected)
    protect(protected, bytearray(passphrase))
    app = QApplication.instance() or create_application()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()

    def window_open(path: Path, secret: bytes | None) -> float:
        start = time.perf_counter()
        assert window.open_case(path, bytearray(secret) if secret else None)
        app.processEvents()
        elapsed = time.perf_counter() - start
        window.close_case()
        app.processEvents()
        return elapsed

    def derive() -> float:
        start = time.perf_counter()
        cipher.key_for_file(protected, bytearray(passphrase)).wipe()
        return time.perf_counter() - start

    window_open(plain, None)
    window_open(protected, passphrase)
    rounds = [(window_open(plain, None), window_open(protected, passphrase), derive()) for _ in range(repeat * 2)]
    window.close()
    app.processEvents()
    counter = itertools.count()

    def edit(case: CaseFile) -> float:
        revision = case.latest_revision().id
        start = time.perf_counter()
        case.set_judgment(revision, Judgment(kind="factor", item="phase", value="escalation", note=f"edit {next(counter)}"))
        return time.perf_counter() - start

    with CaseFile.open(plain) as open_plain, CaseFile.open(protected, passphrase=bytearray(passphrase)) as open_protected:
        edits = [(edit(open_plain), edit(open_protected)) for _ in range(max(20, repeat * 10))]
    print(json.dumps({
        "open_ratio_without_kdf": statistics.median((q - k) / p for p, q, k in rounds),
        "edit_ratio": statistics.median(q for _, q in edits) / statistics.median(p for p, _ in edits),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
