"""The command line (SPEC §6). It imports only the core; Qt is loaded only to start the window.

Errors a planner can act on go to stderr as one plain message with a non-zero exit, never a
traceback.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from pathlib import Path

EXIT_USER_ERROR = 2
EXIT_CHECK_FAILED = 3
DATA_DIR_ENV = "ATROCITY_DESK_DATA_DIR"  # the window's data folder, when set (ui/main_window.py)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from .core.datafiles import DataFileError
    from .core.errors import AnswersError, CaseFileError

    try:
        return args.run(args)
    except CaseFileError as exc:
        return _fail(f"{exc.title}: {exc}")
    except AnswersError as exc:
        return _fail(f"Answers file refused: {exc}")
    except DataFileError as exc:
        return _fail(f"The application's data is damaged ({exc}). Reinstall Atrocity Desk.")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`atrocity-desk fit FILE | head`): not an error worth a traceback.
        sys.stderr.close()
        return 0


def _fail(message: str) -> int:
    print(f"atrocity-desk: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="atrocity-desk",
        description="Plan international responses to mass atrocities against the research evidence.",
    )
    parser.set_defaults(run=_run_gui, file=None)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("open", help="start the application on a case file")
    p.add_argument("file", type=Path)
    p.set_defaults(run=_run_gui)

    p = sub.add_parser("new", help="create a case file")
    p.add_argument("file", type=Path)
    p.add_argument("--title", help="title of the case")
    p.add_argument("--answers", type=Path, help='JSON: {"case": {...}, "factors": {"phase": "escalation", ...}}')
    p.set_defaults(run=_run_new)

    p = sub.add_parser("example", help="write the bundled example case")
    p.add_argument("file", type=Path)
    p.set_defaults(run=_run_example)

    p = sub.add_parser("fit", help="evidence fit of the case's latest assessment")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=_run_fit)

    p = sub.add_parser("evidence", help="the evidence base")
    p.add_argument("family", nargs="?", help="one family id, e.g. targeted_sanctions")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=_run_evidence)

    p = sub.add_parser("memo", help="export the options memo (PDF) without a screen")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="where to write the PDF")
    p.set_defaults(run=_run_memo)

    p = sub.add_parser("check", help="integrity and schema check of a case file")
    p.add_argument("file", type=Path)
    p.set_defaults(run=_run_check)

    p = sub.add_parser("risk", help="the Early Warning Project's risk estimate for a country, or the whole table")
    p.add_argument("country", nargs="?", help='a country name, e.g. "Myanmar" or "Côte d\'Ivoire"')
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=_run_risk)

    _pack_parsers(sub)

    p = sub.add_parser("selftest", help="open the window on the example case, visit every page, export a memo")
    p.set_defaults(run=_run_selftest)
    return parser


def _pack_parsers(sub: argparse._SubParsersAction) -> None:
    pack = sub.add_parser("pack", help="evidence packs: studies and findings added to the 2016 base")
    commands = pack.add_subparsers(title="pack commands", metavar="PACK_COMMAND", required=True)
    p = commands.add_parser("validate", help="check a pack file without importing it")
    p.add_argument("pack_file", type=Path)
    p.set_defaults(run=_run_pack_validate)
    p = commands.add_parser("import", help="add a pack to a case (a bad pack is refused whole)")
    p.add_argument("file", type=Path)
    p.add_argument("pack_file", type=Path)
    p.set_defaults(run=_run_pack_import)
    p = commands.add_parser("list", help="the packs a case holds, on or off")
    p.add_argument("file", type=Path)
    p.set_defaults(run=_run_pack_list)
    p = commands.add_parser("export", help="write a case's pack to a YAML file")
    p.add_argument("file", type=Path)
    p.add_argument("pack_id")
    p.add_argument("-o", "--output", type=Path, required=True, help="where to write the pack (YAML)")
    p.set_defaults(run=_run_pack_export)


def _read_pack_file(path: Path) -> str:
    from .core.errors import CaseFileMissing, CaseFileUnreadable
    from .core.packs import MAX_PACK_BYTES, read_pack_bytes

    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_PACK_BYTES + 1)  # never more than the limit into memory
    except FileNotFoundError:
        raise CaseFileMissing(f"There is no pack file {path}.") from None
    except OSError as exc:
        raise CaseFileUnreadable(f"The pack file {path} cannot be read: {exc.strerror or exc}.") from None
    return read_pack_bytes(raw, path.name)


def _run_pack_validate(args: argparse.Namespace) -> int:
    from .core.packs import validated_pack

    stored = validated_pack(_read_pack_file(args.pack_file), args.pack_file.name, [])
    print(f"{args.pack_file}: a valid evidence pack ({stored.id}: {stored.title}; {stored.hash}).")
    return 0


def _run_pack_import(args: argparse.Namespace) -> int:
    from .core.storage import CaseFile

    text = _read_pack_file(args.pack_file)
    with CaseFile.open(args.file) as case:
        case.editor = case.meta().analyst
        if case.read_only:
            return _fail(f"{args.file.name} is open read-only: {case.read_only_reason}. Nothing was imported.")
        stored = case.add_pack(text, args.pack_file.name)
    print(f"Imported the evidence pack {stored.id} ({stored.title}) into {args.file}; it is switched on.")
    return 0


def _run_pack_list(args: argparse.Namespace) -> int:
    from .core.packs import finding_count
    from .core.storage import CaseFile
    from .core.vocabulary import pack_line

    with CaseFile.open(args.file, read_only=True) as case:
        packs = case.packs()
    if not packs:
        print(f"{args.file}: no evidence packs.")
    for stored in packs:
        print(pack_line(stored.id, stored.title, stored.author, stored.date, stored.enabled, stored.allow_lift, finding_count(stored)))
    return 0


def _run_pack_export(args: argparse.Namespace) -> int:
    from .core.errors import CaseWriteError
    from .core.storage import CaseFile, atomic_write_bytes

    with CaseFile.open(args.file, read_only=True) as case:
        stored = case.pack(args.pack_id)
    try:
        atomic_write_bytes(args.output, stored.text.encode("utf-8"))
    except OSError as exc:
        raise CaseWriteError(f"The pack could not be written to {args.output}: {exc.strerror or exc}.") from None
    print(f"Wrote the evidence pack {stored.id} to {args.output}.")
    return 0


def _run_gui(args: argparse.Namespace) -> int:
    # Start-up makes a few hundred thousand objects that live as long as the program (modules, Qt
    # enums, pydantic validators, the evidence base); the cyclic collector would walk them several
    # times over for nothing (measured: the first paint comes some 13 ms sooner without it, issue
    # 8). It is switched back on once the window is built (run_application).
    gc.disable()
    from .ui.app import run_application

    return run_application(args.file)


def _run_selftest(args: argparse.Namespace) -> int:
    from .ui.app import run_selftest

    return run_selftest()


def _run_new(args: argparse.Namespace) -> int:
    from .core.answers import Answers, read_answers
    from .core.checklist import load_factor_vocabulary
    from .core.evidence import load_evidence
    from .core.filenames import case_file_path, checked_title
    from .core.models import CaseMeta, Judgment
    from .core.storage import CaseFile

    path = case_file_path(args.file)  # as the window names it: .atrocase added when missing
    answers = read_answers(args.answers, load_factor_vocabulary()) if args.answers else Answers()
    fields = dict(answers.case)
    if args.title is not None:
        fields["title"] = args.title
    fields["title"] = checked_title(fields.get("title", path.name.removesuffix(path.suffix)))
    meta = CaseMeta(**fields, evidence_version=load_evidence().version)
    with CaseFile.create(path, meta) as case:
        case.editor = meta.analyst
        revision = case.latest_revision()
        for factor_id, value in answers.factors.items():
            case.set_judgment(revision.id, Judgment(kind="factor", item=factor_id, value=value))
    print(f"Created {path} ({len(answers.factors)} factors answered).")
    return 0


def _run_example(args: argparse.Namespace) -> int:
    from .core.example import write_example_case

    write_example_case(args.file).close()
    print(f"Wrote the example case to {args.file}.")
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from .core.storage import SCHEMA_VERSION, CaseFile

    with CaseFile.open(args.file, read_only=True) as case:
        problems = case.check()
        revisions = case.revisions()
    if problems:
        print(f"{args.file}: {len(problems)} problem(s) found:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_CHECK_FAILED
    print(f"{args.file}: OK (case format {SCHEMA_VERSION}, {len(revisions)} revision(s), integrity check passed).")
    return 0


def _run_fit(args: argparse.Namespace) -> int:
    from .core.fit import evidence_fit
    from .core.fit_words import fit_json, fit_text
    from .core.packs import case_evidence
    from .core.storage import CaseFile
    from .core.vocabulary import UNRECOGNISED_LABEL, is_unrecognised

    with CaseFile.open(args.file, read_only=True) as case:
        revision = case.latest_revision()
        judgments = case.judgments(revision.id, "factor")
        title = case.meta().title
        evidence = case_evidence(case)  # the base plus the case's enabled packs
    # The fit reads an answer the vocabulary does not know as unknown; say which ones, as stored.
    unrecognised = {item: str(j.value) for item, j in judgments.items() if is_unrecognised(j.value)}
    answers = {item: j.known_value for item, j in judgments.items()}
    result = evidence_fit(answers, evidence, confidence={k: j.confidence for k, j in judgments.items()})
    if args.json:
        case_part = {"title": title, "revision": revision.number, "evidence_version": evidence.version, "packs": evidence.packs}
        data = {"case": case_part, **fit_json(result), "unrecognised_answers": unrecognised}
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(fit_text(result))
        for item, value in unrecognised.items():
            print(f"{UNRECOGNISED_LABEL}: the stored answer {value!r} of {item}, read as unknown.")
    return 0


def _run_evidence(args: argparse.Namespace) -> int:
    from .core.evidence import load_evidence
    from .core.evidence_report import evidence_json, evidence_text

    evidence = load_evidence()
    if args.family and args.family not in {f.id for f in evidence.families}:
        known = ", ".join(f.id for f in evidence.families)
        return _fail(f"There is no family {args.family!r}. Known families: {known}.")
    if args.json:
        print(json.dumps(evidence_json(evidence, args.family), indent=2, ensure_ascii=False))
    else:
        print(evidence_text(evidence, args.family))
    return 0


def _run_memo(args: argparse.Namespace) -> int:
    from .core.filenames import memo_file_path
    from .core.memo import MemoSettings, export_memo
    from .core.storage import CaseFile

    output = memo_file_path(args.output)  # the memo is a PDF: .pdf added, as the window does
    if output != args.output:
        print(f"A memo is a PDF: writing {output} rather than {args.output}.", file=sys.stderr)
    # Like the window, the memo is built from an in-memory snapshot, not the file itself.
    with CaseFile.open(args.file, read_only=True) as case:
        snapshot = case.snapshot()
    with snapshot:
        path = export_memo(snapshot, output, MemoSettings())
    print(f"Wrote the options memo to {path}.")
    return 0


def _run_risk(args: argparse.Namespace) -> int:
    import os

    from .core.country_names import closest_countries, find_country
    from .core.risk_data import newest_edition, user_editions
    from .core.risk_report import risk_table_text, risk_text
    from .core.vocabulary import risk_not_found

    # The window keeps imported editions in its data folder; the command line sees them when it is
    # told where that folder is (finding the platform's default needs Qt, which this command avoids).
    data_dir = Path(os.environ[DATA_DIR_ENV]) if os.environ.get(DATA_DIR_ENV) else None
    for problem in user_editions(data_dir)[1]:
        print(f"atrocity-desk: an imported risk table was skipped: {problem}", file=sys.stderr)
    edition = newest_edition(data_dir)
    if args.country is None:
        rows = list(edition.countries)
    else:
        row = find_country(edition, args.country)
        if row is None:
            return _fail(risk_not_found(args.country, edition.edition, closest_countries(edition, args.country)))
        rows = [row]
    if args.json:
        data = [edition.to_json(r) for r in rows]
        print(json.dumps(data[0] if args.country else data, indent=2, ensure_ascii=False))
    else:
        print(risk_text(edition, rows[0]) if args.country else risk_table_text(edition))
    return 0


if __name__ == "__main__":
    sys.exit(main())
