"""Benchmarks of Atrocity Desk, each with an anchor measured in the same run (issue 8).

    python benchmarks/run.py [--repeat N] [--output benchmarks/results.json]

Machines here are shared and noisy: every figure is the median of several runs, and the figures
that depend most on the machine are also given as a ratio to an anchor measured alongside.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARKER = "ATROCITY_DESK_FIRST_PAINT"

# Prints the marker at a window's first paint, as the application does (ui/app.py): one spy for the
# bare window and the start-up floor.
FIRST_PAINT_SPY = textwrap.dedent(
    f"""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print("{MARKER}", flush=True)
                obj.removeEventFilter(self)
            return False
    """
)

BARE_QT = FIRST_PAINT_SPY + textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    """
)


# The start-up floor (issue 22): the window's first frame with nothing of Atrocity Desk in it — the
# same frame the application paints first (four menus with 40 shortcuts, a ten-row list in its
# place, a status bar label) and the standard modules its start-up cannot skip (argparse for the
# command line, sqlite3 for the case's title, importlib.resources for the icons and catalogues).
STARTUP_FLOOR = FIRST_PAINT_SPY + textwrap.dedent(
    """
    import argparse, sqlite3, sys
    from importlib import resources
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

    argparse.ArgumentParser().parse_args([])
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    central = QWidget()
    row = QHBoxLayout(central)
    nav = QListWidget()
    nav.addItems([f"Page {i}" for i in range(10)])
    nav.setFixedWidth(150)
    nav.item(0).setData(Qt.ItemDataRole.AccessibleTextRole, "Page 0")
    row.addWidget(nav)
    row.addWidget(QStackedWidget(), 1)
    window.setCentralWidget(central)
    for m in range(4):
        menu = window.menuBar().addMenu(f"Menu {m}")
        for a in range(10):
            action = QAction(f"Action {a}", window)
            action.setShortcut(QKeySequence(f"Ctrl+{a}"))
            menu.addAction(action)
    window.statusBar().addPermanentWidget(QLabel("Every change is saved."))
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    """
)


def median_of(repeat: int, measure) -> float:
    return statistics.median(measure() for _ in range(repeat))


def time_to_marker(command: list[str], env: dict[str, str], rss: bool = False) -> tuple[float, float]:
    """Seconds from process start to the first-paint marker, and peak RSS (MB) at that point."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        for line in process.stdout:
            if MARKER in line:
                elapsed = time.perf_counter() - start
                peak = 0.0
                if rss:
                    time.sleep(0.5)  # let the first page settle before reading the high-water mark
                    peak = _peak_rss_mb(process.pid)
                return elapsed, peak
        raise RuntimeError(f"{command} ended without printing the first-paint marker")
    finally:
        process.kill()
        process.wait()


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def gui_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ATROCITY_DESK_FIRST_PAINT_MARKER"] = "1"
    return env


def bench_startup(repeat: int, example: Path, settings_home: Path) -> dict[str, float]:
    env = gui_env()
    env["ATROCITY_DESK_SETTINGS_DIR"] = str(settings_home / "settings")  # never the user's settings
    env["ATROCITY_DESK_DATA_DIR"] = str(settings_home / "data")
    # Both programs start from compiled bytecode, as an installed copy does (pip compiles at install,
    # the frozen bundle ships it): a shell with PYTHONDONTWRITEBYTECODE set would otherwise have
    # the application compile its own source at every start, a cost no planner pays. The warm-up
    # runs below write the bytecode, into the benchmark's temporary folder only.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(settings_home / "bytecode")
    commands = {"bare": [sys.executable, "-c", BARE_QT], "floor": [sys.executable, "-c", STARTUP_FLOOR],
                "app": [sys.executable, "-m", "atrocity_desk", "open", str(example)]}
    for command in commands.values():  # warm the file cache (and write the bytecode) once for each
        time_to_marker(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat * 2):  # interleaved: a load change hits all three alike
        for name, command in commands.items():
            times[name].append(time_to_marker(command, env)[0])
    bare_s, floor_s, app_s = (statistics.median(times[name]) for name in ("bare", "floor", "app"))
    rss = max(time_to_marker(commands["app"], env, rss=True)[1] for _ in range(max(1, repeat // 2)))
    return {"startup_s": app_s, "startup_bare_qt_s": bare_s, "startup_ratio": app_s / bare_s,
            "startup_floor_ratio": floor_s / bare_s, "rss_mb": rss}


def bench_edit(repeat: int, folder: Path) -> dict[str, float]:
    from atrocity_desk.core.models import CaseMeta, Judgment
    from atrocity_desk.core.storage import CaseFile

    case = CaseFile.create(folder / "edit.atrocase", CaseMeta(title="Edit benchmark"))
    revision = case.latest_revision().id
    values = ["escalation", "ongoing_atrocities"]
    counter = iter(range(10**9))

    def one_edit() -> float:
        n = next(counter)
        start = time.perf_counter()
        case.set_judgment(revision, Judgment(kind="factor", item="phase", value=values[n % 2], note=f"edit {n}"))
        return (time.perf_counter() - start) * 1000

    raw = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT)")

    def raw_insert() -> float:
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("INSERT INTO t (note) VALUES (?)", ("edit",))
        raw.execute("COMMIT")
        return (time.perf_counter() - start) * 1000

    samples = max(20, repeat * 10)
    edit_ms = median_of(samples, one_edit)
    raw_ms = median_of(samples, raw_insert)
    case.close()
    raw.close()
    return {"edit_commit_ms": edit_ms, "raw_sqlite_commit_ms": raw_ms, "edit_commit_ratio": edit_ms / raw_ms}


def make_large_case(path: Path, decisions: int = 100) -> None:
    """200 revisions x 40 judgments, ``decisions`` decisions in the latest, 5,000 audit rows."""
    from atrocity_desk.core.checklist import load_checklist
    from atrocity_desk.core.evidence import load_evidence
    from atrocity_desk.core.example import write_example_case

    checklist = load_checklist()
    factors = [f for g in checklist.factor_groups for f in g.factors]
    indicators = [i.id for rf in checklist.risk_factors for i in rf.indicators][: 40 - len(factors)]
    case = write_example_case(path)
    db = case.db
    with db.atomic():  # bulk fixture, not the edit path
        template = case.latest_revision().model_dump(exclude={"id"})
        for number in range(template["number"] + 1, 201):  # the example may hold several revisions
            rev_id = db["revisions"].insert({**template, "number": number, "label": f"Reassessment {number}"}).last_pk
            rows = [
                {"revision_id": rev_id, "kind": "factor", "item": f.id, "value": f.values[number % len(f.values)].id,
                 "confidence": "medium", "note": f"note {number}", "source": "", "updated_at": "2026-01-01T00:00:00+00:00"}
                for f in factors
            ] + [
                {"revision_id": rev_id, "kind": "indicator", "item": i, "value": "present" if number % 3 else "absent",
                 "confidence": None, "note": "", "source": "", "updated_at": "2026-01-01T00:00:00+00:00"}
                for i in indicators
            ]
            db["judgments"].insert_all(rows)
        latest = rev_id
        families = [family.id for family in load_evidence().families]
        statuses = ("recommended", "considered", "rejected", "in_place")
        db["decisions"].insert_all(
            {"revision_id": latest, "family": families[n % len(families)], "status": statuses[n % 4],
             "title": f"Option {n}", "rationale": "r " * 1000, "objectives": "[]", "findings_weighed": "[]",
             "etd": json.dumps({"effect": {"rating": "uncertain", "reason": "x"}}), "position": n}
            for n in range(decisions)
        )
        db["audit"].insert_all(
            {"at": "2026-01-01T00:00:00+00:00", "revision_id": latest, "who": "bench", "action": "set judgment",
             "target": "factor:phase", "before": "{}", "after": "{}"}
            for _ in range(5000)
        )
    case.close()


def bench_open_large(repeat: int, path: Path) -> dict[str, float]:
    from atrocity_desk.core.assessment import factor_completeness, overall_risk, risk_factor_summaries
    from atrocity_desk.core.checklist import load_checklist
    from atrocity_desk.core.storage import CaseFile

    checklist = load_checklist()

    def open_for_overview() -> float:
        start = time.perf_counter()
        with CaseFile.open(path) as case:
            case.meta()
            revision = case.latest_revision()
            case.revisions()
            judgments = case.judgments(revision.id)
            factors = {k: v for k, v in judgments.items() if v.kind == "factor"}
            indicators = {k: v for k, v in judgments.items() if v.kind == "indicator"}
            factor_completeness(checklist, factors)
            overall_risk(risk_factor_summaries(checklist, indicators))
        return (time.perf_counter() - start) * 1000

    open_for_overview()
    return {"open_large_ms": median_of(repeat * 3, open_for_overview)}


def bench_protected_open(repeat: int, example: Path, folder: Path) -> dict[str, float]:
    """Open and edit the example case, protected and not, interleaved in the same run (issue 19).

    ``protected_open_ratio`` opens the case as a planner does, in the window (``open_case`` with
    the passphrase that ``open --passphrase-file`` or the dialog hands it, until the first page
    has processed its events), protected over plain. Opening a protected case derives its key once
    (PBKDF2-HMAC-SHA512, 256,000 rounds: SQLCipher 4's default, kept), so the open cannot get
    below ``protected_open_floor_ratio``, plain open plus the derivation alone over plain open.
    ``protected_edit_ratio`` is one edit on a case already open, where only encryption itself
    (and SQLCipher's memory wiping) costs."""
    import shutil

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ATROCITY_DESK_SETTINGS_DIR"] = str(folder / "ui-settings")  # never the user's
    os.environ["ATROCITY_DESK_DATA_DIR"] = str(folder / "ui-data")
    from PySide6.QtWidgets import QApplication

    from atrocity_desk.core.models import Judgment
    from atrocity_desk.core.storage import CaseFile
    from atrocity_desk.core.storage.cipher import key_for_file
    from atrocity_desk.core.storage.protection import protect
    from atrocity_desk.ui.app import create_application
    from atrocity_desk.ui.main_window import MainWindow

    passphrase = b"benchmark passphrase"
    plain = folder / "plain-open.atrocase"
    protected = folder / "protected-open.atrocase"
    shutil.copy(example, plain)
    shutil.copy(example, protected)
    protect(protected, bytearray(passphrase))
    counter = iter(range(10**9))
    app = QApplication.instance() or create_application()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()

    def window_open(path: Path, secret: bytes | None) -> float:
        start = time.perf_counter()
        assert window.open_case(path, bytearray(secret) if secret else None)
        app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        window.close_case()
        app.processEvents()
        return elapsed

    def derive() -> float:
        start = time.perf_counter()
        key_for_file(protected, bytearray(passphrase)).wipe()
        return (time.perf_counter() - start) * 1000

    window_open(plain, None)  # the first open builds the window's pages, for both alike
    window_open(protected, passphrase)
    # Interleaved, so a load change on a shared machine hits all three alike.
    rounds = [(window_open(plain, None), window_open(protected, passphrase), derive()) for _ in range(repeat * 2)]
    window.close()
    app.processEvents()
    plain_ms = statistics.median(p for p, _, _ in rounds)
    protected_ms = statistics.median(q for _, q, _ in rounds)
    kdf_ms = statistics.median(k for _, _, k in rounds)

    def edit(case: CaseFile) -> float:
        revision = case.latest_revision().id
        start = time.perf_counter()
        case.set_judgment(revision, Judgment(kind="factor", item="phase", value="escalation", note=f"edit {next(counter)}"))
        return (time.perf_counter() - start) * 1000

    with CaseFile.open(plain) as open_plain, CaseFile.open(protected, passphrase=bytearray(passphrase)) as open_protected:
        edits = [(edit(open_plain), edit(open_protected)) for _ in range(max(20, repeat * 10))]
    plain_edit = statistics.median(p for p, _ in edits)
    protected_edit = statistics.median(q for _, q in edits)
    return {
        "plain_window_open_ms": plain_ms,
        "protected_window_open_ms": protected_ms,
        "key_derivation_ms": kdf_ms,
        "protected_open_ratio": protected_ms / plain_ms,
        "protected_open_floor_ratio": (plain_ms + kdf_ms) / plain_ms,
        "protected_open_ratio_without_kdf": statistics.median((q - k) / p for p, q, k in rounds),
        "plain_edit_ms": plain_edit,
        "protected_edit_ms": protected_edit,
        "protected_edit_ratio": protected_edit / plain_edit,
    }


def bench_memory_security(repeat: int, folder: Path) -> dict[str, float]:
    """The protected open (without the key derivation) and edit ratios with SQLCipher's memory
    wiping on, as the application runs, and off (a counterfactual): what issue 19's own
    ``cipher_memory_security = ON`` costs against its 1.5x goal. One process per setting."""
    results: dict[str, float] = {}
    for mode in ("on", "off"):
        out = subprocess.run([sys.executable, str(HERE / "protected_settings.py"), mode, str(repeat), str(folder)],
                             capture_output=True, text=True, check=True).stdout
        measured = json.loads(out.strip().splitlines()[-1])
        results[f"protected_open_ratio_without_kdf_memory_security_{mode}"] = measured["open_ratio_without_kdf"]
        results[f"protected_edit_ratio_memory_security_{mode}"] = measured["edit_ratio"]
    return results


def bench_fit(repeat: int, example: Path) -> dict[str, float]:
    from atrocity_desk.core.evidence import load_evidence
    from atrocity_desk.core.fit import evidence_fit
    from atrocity_desk.core.storage import CaseFile

    evidence = load_evidence()
    with CaseFile.open(example, read_only=True) as case:
        answers = case.factor_answers(case.latest_revision().id)

    def one() -> float:
        start = time.perf_counter()
        evidence_fit(answers, evidence)
        return (time.perf_counter() - start) * 1000

    one()
    return {"fit_ms": median_of(repeat * 5, one)}


def make_pack(findings: int = 200) -> str:
    """An evidence pack of ``findings`` findings over the reviewed families, each with a condition,
    citing one of ten pack studies (the shape of a team's long-running pack)."""
    import yaml

    from atrocity_desk.core.evidence import load_evidence

    families = [f.id for f in load_evidence().families if f.reviewed]
    studies = [{"key": f"bench_{i}", "authors": f"Bench Author {i}", "year": "2020", "title": f"Study {i}"} for i in range(10)]
    items = [
        {
            "id": f"bench_finding_{i}", "family": families[i % len(families)],
            "statement": f"Generated finding {i} for the benchmark.", "direction": "reduces_violence",
            "outcome": "severity", "evidence_kind": "cross_national_statistical",
            "conditions": [{"factor": "armed_conflict", "values": ["yes"], "kind": "requires", "why": "generated"}],
            "studies": [f"bench_{i % 10}"], "section": "Benchmark",
        }
        for i in range(findings)
    ]
    header = {"id": "bench", "title": "Benchmark pack", "author": "Benchmark", "date": "2026-11-30"}
    return yaml.safe_dump({"pack": header, "studies": studies, "findings": items}, sort_keys=False)


def bench_pack_import(repeat: int, example: Path, folder: Path) -> dict[str, float]:
    """Import a pack of 200 findings into a case and refit it as the window does (issue 20: under a second)."""
    import shutil

    from atrocity_desk.core.option_fit import case_fit
    from atrocity_desk.core.storage import CaseFile

    text = make_pack(200)
    runs = iter(range(10_000))

    def one() -> float:
        path = folder / f"pack-{next(runs)}.atrocase"
        shutil.copyfile(example, path)
        with CaseFile.open(path) as case:
            start = time.perf_counter()
            case.add_pack(text, "bench.yaml")
            case_fit(case, case.latest_revision().id)  # every family and option, with the pack read
            return time.perf_counter() - start

    one()
    return {"pack_import_s": median_of(repeat, one)}


FIT_CLI_FLOOR = """\
import os
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
import argparse, json, sqlite3, sqlcipher3
from pydantic import BaseModel
class Floor(BaseModel):
    x: int
"""


def bench_fit_cli(repeat: int, example: Path, folder: Path) -> dict[str, float]:
    """The ``fit`` command on the example as a whole process, against ``python -c pass`` in the
    same run (issue 22), interleaved so a load change hits both alike; from compiled bytecode and
    a warm evidence cache, as an installed copy runs after its first start."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    env["ATROCITY_DESK_CACHE_DIR"] = str(folder / "cli-cache")
    fit = [sys.executable, "-m", "atrocity_desk", "fit", str(example)]
    bare = [sys.executable, "-c", "pass"]
    # The floor: every third-party module the command still imports (a warm cache: no YAML), and
    # pydantic's one-off cost of a first model class, run as the application runs it (plugins off);
    # nothing of ours. (``import pydantic`` alone loads almost nothing: its names load on first use.)
    floor = [sys.executable, "-c", FIT_CLI_FLOOR]

    def seconds(command: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        return time.perf_counter() - start

    seconds(fit)  # writes the bytecode and the evidence cache
    rounds = [(seconds(fit), seconds(bare), seconds(floor)) for _ in range(repeat * 2)]
    fit_s = statistics.median(f for f, _, _ in rounds)
    bare_s = statistics.median(b for _, b, _ in rounds)
    floor_s = statistics.median(f for _, _, f in rounds)
    return {"fit_cli_s": fit_s, "python_pass_s": bare_s, "fit_cli_ratio": fit_s / bare_s,
            "fit_cli_floor_ratio": floor_s / bare_s}


def bench_startup_imports(example: Path, settings_home: Path) -> dict[str, float]:
    """``python -X importtime`` of the start-up path up to the first paint, summed (self time, ms)
    by top-level package: what the planner waits for before the window shows."""
    env = gui_env()
    env["ATROCITY_DESK_SETTINGS_DIR"] = str(settings_home / "settings")
    env["ATROCITY_DESK_DATA_DIR"] = str(settings_home / "data")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(settings_home / "bytecode")
    command = [sys.executable, "-X", "importtime", "-m", "atrocity_desk", "open", str(example)]
    # One pipe for both streams keeps their order: the imports before the marker are those paid
    # before the first paint.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    totals: dict[str, float] = {}
    try:
        for line in process.stdout:
            if MARKER in line:
                break
            if line.startswith("import time:") and "|" in line and "self [us]" not in line:
                self_us, _, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
                group = _import_group(name)
                totals[group] = totals.get(group, 0.0) + int(self_us) / 1000
    finally:
        process.kill()
        process.wait()
    return {f"import_ms_{group}": ms for group, ms in sorted(totals.items())} | {"import_ms_total": sum(totals.values())}


_IMPORT_GROUPS = {"PySide6": "qt", "shiboken6": "qt", "pydantic": "pydantic", "pydantic_core": "pydantic",
                  "typing_extensions": "pydantic", "annotated_types": "pydantic", "typing_inspection": "pydantic",
                  "atrocity_desk": "ours", "yaml": "yaml", "_yaml": "yaml", "sqlite_utils": "sqlite_utils",
                  "reportlab": "reportlab", "docx": "docx", "sqlcipher3": "sqlcipher"}


def _import_group(module: str) -> str:
    return _IMPORT_GROUPS.get(module.split(".")[0], "other")


def bench_memo(repeat: int, example: Path, large: Path, folder: Path) -> dict[str, float]:
    from atrocity_desk.core.memo import MemoSettings, export_memo
    from atrocity_desk.core.storage import CaseFile

    def export(path: Path, suffix: str = ".pdf") -> float:
        with CaseFile.open(path, read_only=True) as case:
            start = time.perf_counter()
            export_memo(case, folder / f"{path.stem}{suffix}", MemoSettings())
            return time.perf_counter() - start

    export(example)  # first export loads fonts and evidence once, as the open application would have
    export(example, ".docx")
    return {
        "memo_example_s": median_of(repeat, lambda: export(example)),
        "memo_docx_example_s": median_of(repeat, lambda: export(example, ".docx")),
        "memo_large_s": median_of(max(1, repeat // 2), lambda: export(large)),
        "memo_large_docx_s": median_of(max(1, repeat // 2), lambda: export(large, ".docx")),
    }


def bench_ui(repeat: int, example: Path, folder: Path) -> dict[str, float]:
    """Switching pages and one edit in the window on the example case at 1366x768 (issue 17): the
    slowest page's median switch, and the median of an indicator judged then undone, each until
    the window has processed every event the change caused."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ATROCITY_DESK_SETTINGS_DIR"] = str(folder / "ui-settings")
    os.environ["ATROCITY_DESK_DATA_DIR"] = str(folder / "ui-data")
    from PySide6.QtWidgets import QApplication

    from atrocity_desk.ui.app import create_application
    from atrocity_desk.ui.main_window import MainWindow

    app = QApplication.instance() or create_application()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_case(example)
    pages = [page.page_id for page in window.pages]

    def switch(page_id: str) -> float:
        window.show_page("overview" if page_id != "overview" else "situation")
        app.processEvents()
        start = time.perf_counter()
        window.show_page(page_id)
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    for page_id in pages:  # the first visit builds what a page builds lazily (the memo draft)
        switch(page_id)
    slowest = max(pages, key=lambda p: median_of(repeat, lambda: switch(p)))
    switch_ms = median_of(repeat * 2, lambda: switch(slowest))

    window.show_page("risk_factors")
    app.processEvents()
    indicator = window.session.checklist.risk_factors[0].indicators[0].id

    def edit() -> float:
        start = time.perf_counter()
        window.session.set_judgment("indicator", indicator, value="absent")
        app.processEvents()
        window.session.undo_stack.undo()
        app.processEvents()
        return (time.perf_counter() - start) * 1000 / 2

    edit()
    result = {"page_switch_ms": switch_ms, "edit_ms": median_of(repeat * 2, edit)}
    window.close()
    app.processEvents()
    return result


GOALS = {
    "startup_ratio": 1.3,
    # Issue 22: the fit command within 5x a bare ``python -c pass``, same run.
    "fit_cli_ratio": 5,
    "edit_commit_ms": 10,
    "open_large_ms": 150,
    "fit_ms": 20,
    "memo_example_s": 0.5,
    "memo_docx_example_s": 0.5,
    "memo_large_s": 1.5,
    "memo_large_docx_s": 1.5,
    "pack_import_s": 1,
    "rss_mb": 150,
    # Issue 19: opening and editing a protected case within 1.5x of a plain one. The open includes
    # SQLCipher 4's key derivation, kept at its default strength, and cannot meet the goal: its
    # floor (protected_open_floor_ratio: plain open + derivation alone) is over it on its own
    # (docs/reliability.md).
    "protected_open_ratio": 1.5,
    "protected_edit_ratio": 1.5,
    # Issue 17: switching pages and one edit in the window, until every event it caused is handled.
    "page_switch_ms": 50,
    "edit_ms": 50,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    parser.add_argument("--only", default="", help="comma-separated benchmark names (e.g. fit_cli,startup): "
                        "a quick look while working; the results file is written only for a full run")
    args = parser.parse_args()
    only = {name for name in args.only.split(",") if name}
    from atrocity_desk.core.example import write_example_case

    results: dict[str, object] = {}
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory(prefix="atrocity-bench-") as tmp:
        folder = Path(tmp)
        example = folder / "example.atrocase"
        write_example_case(example).close()
        large = folder / "large.atrocase"
        make_large_case(large)
        for name, run in [
            ("edit", lambda: bench_edit(args.repeat, folder)),
            ("open_large", lambda: bench_open_large(args.repeat, large)),
            ("fit", lambda: bench_fit(args.repeat, example)),
            ("protected_open", lambda: bench_protected_open(args.repeat, example, folder)),
            ("memory_security", lambda: bench_memory_security(args.repeat, folder)),
            ("fit_cli", lambda: bench_fit_cli(args.repeat, example, folder)),
            ("memo", lambda: bench_memo(args.repeat, example, large, folder)),
            ("ui", lambda: bench_ui(args.repeat, example, folder)),
            ("pack_import", lambda: bench_pack_import(args.repeat, example, folder)),
            ("startup", lambda: bench_startup(args.repeat, example, folder / "config")),
            ("startup_imports", lambda: bench_startup_imports(example, folder / "config")),
        ]:
            if only and name not in only:
                continue
            print(f"measuring {name} ...", flush=True)
            results.update(run())
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
                   f"Python {platform.python_version()}",
        "repeat": args.repeat,
        # The machine is shared: its one-minute load average at the start and the end of the run
        # (2 cores; above 2, every figure is inflated, ratios within the run less so).
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None],
        "results": {k: round(v, 3) for k, v in results.items()},
        "goals": GOALS,
        "meets_goal": {k: results[k] <= goal for k, goal in GOALS.items() if k in results},
    }
    # The keys of issue 8 at the top level too, for a reader and for CI.
    report.update({k: round(v, 3) for k, v in results.items() if k in GOALS})
    if not only:
        args.output.write_text(json.dumps(report, indent=2) + "\n")
    for key, goal in GOALS.items():
        value = results.get(key)
        if value is None:
            continue
        mark = "ok " if value is not None and value <= goal else "OVER"
        print(f"{mark} {key:16} {value:10.3f}  (goal <= {goal})")
    if not only:
        print(f"written to {args.output}")
    else:
        print("\n".join(f"   {k:56} {v:10.3f}" for k, v in results.items() if k not in GOALS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
