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
# Bad input that no typed error caught: said without quoting it (it may hold case content).
_INPUT_FAILURES = (RecursionError, ValueError, UnicodeError, MemoryError)


def main(argv: list[str] | None = None) -> int:
    _without_pydantic_plugins()
    args = _parser().parse_args(argv)
    import sqlite3

    from .core.errors import AnswersError, CaseFileError, DataFileError, UnknownLanguage

    try:
        return _run_in_language(args)
    except UnknownLanguage as exc:
        return _fail(str(exc))
    except CaseFileError as exc:
        return _fail(f"{exc.title}: {exc}")
    except AnswersError as exc:
        return _fail(f"Answers file refused: {exc}")
    except DataFileError as exc:
        return _fail(f"The application's data is damaged ({exc}). Reinstall Atrocity Desk.")
    except sqlite3.DatabaseError as exc:
        return _fail(f"The case file could not be read ({type(exc).__name__}); it may be damaged. Try `atrocity-desk check`.")
    except _INPUT_FAILURES as exc:
        return _fail(f"The input could not be used ({type(exc).__name__}: too deep, too large or not valid text).")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`atrocity-desk fit FILE | head`): not an error worth a traceback.
        sys.stderr.close()
        return 0


def _without_pydantic_plugins() -> None:
    """Pydantic runs any plugin installed beside it (an entry point) inside every model; this
    application runs no third-party code on the planner's data (and never the network), and is
    spared the scan of every installed package's metadata at its first model (some 6 ms)."""
    import os

    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"


def _run_in_language(args: argparse.Namespace) -> int:
    """A command with ``--lang`` makes its words (and reads the content) in that language."""
    if getattr(args, "lang", None) is None:
        return args.run(args)
    from .core.language import in_language

    with in_language(args.lang):
        return args.run(args)


def _fail(message: str) -> int:
    print(f"atrocity-desk: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="atrocity-desk",
        description="Plan international responses to mass atrocities against the research evidence.",
    )
    parser.set_defaults(run=_run_gui, file=None, passphrase_file=None)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("open", help="start the application on a case file")
    p.add_argument("file", type=Path)
    _passphrase_option(p)
    p.set_defaults(run=_run_gui)

    p = sub.add_parser("new", help="create a case file")
    p.add_argument("file", type=Path)
    p.add_argument("--title", help="title of the case")
    p.add_argument("--answers", type=Path, help='JSON: {"case": {...}, "factors": {"phase": "escalation", ...}, "strategy": {...}} (docs/answers-file.md)')
    p.set_defaults(run=_run_new)

    p = sub.add_parser("example", help="write the bundled example case")
    p.add_argument("file", type=Path)
    p.set_defaults(run=_run_example)

    p = sub.add_parser("fit", help="evidence fit of the case's latest assessment")
    p.add_argument("file", type=Path)
    _passphrase_option(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _lang_option(p)
    p.set_defaults(run=_run_fit)

    p = sub.add_parser("evidence", help="the evidence base")
    p.add_argument("family", nargs="?", help="one family id, e.g. targeted_sanctions")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _lang_option(p)
    p.set_defaults(run=_run_evidence)

    p = sub.add_parser("memo", help="export the decision memo (PDF, or Word for a .docx name) without a screen")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="where to write the memo: a .pdf, or a .docx for Word")
    p.add_argument("--no-annex", action="store_true", help="the body only, without the annex")
    p.add_argument("--force", action="store_true", help="replace OUTPUT if it exists (never a case or database)")
    _passphrase_option(p)
    _lang_option(p)
    p.set_defaults(run=_run_memo)

    p = sub.add_parser("copy", help="write a copy of a case: for sharing, or clean of foreign content")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="the new case file (must not exist)")
    p.add_argument("--without-history", action="store_true", help="leave the edit history (audit log) out of the copy")
    p.add_argument("--clean", action="store_true", help="copy only the case's data into a fresh file (for a refused file)")
    _passphrase_option(p)  # a protected case's copy stays protected, with the same passphrase
    p.set_defaults(run=_run_copy)

    p = sub.add_parser("check", help="integrity and schema check of a case file")
    p.add_argument("file", type=Path)
    _passphrase_option(p)
    p.set_defaults(run=_run_check)

    p = sub.add_parser("protect", help="protect a case with a passphrase, or change its passphrase")
    p.add_argument("file", type=Path)
    p.add_argument("--passphrase-file", type=Path, required=True, help="file whose first line is the new passphrase")
    p.add_argument("--old-passphrase-file", type=Path, help="file whose first line is the current passphrase")
    p.set_defaults(run=_run_protect)

    p = sub.add_parser("unprotect", help="remove a case's passphrase protection")
    p.add_argument("file", type=Path)
    p.add_argument("--passphrase-file", type=Path, required=True, help="file whose first line is the passphrase")
    p.set_defaults(run=_run_unprotect)

    p = sub.add_parser("risk", help="the Early Warning Project's risk estimate for a country, or the whole table")
    p.add_argument("country", nargs="?", help='a country name, e.g. "Myanmar" or "Côte d\'Ivoire"')
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _lang_option(p)
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
    _passphrase_option(p)
    p.set_defaults(run=_run_pack_import)
    p = commands.add_parser("list", help="the packs a case holds, on or off")
    p.add_argument("file", type=Path)
    _passphrase_option(p)
    p.set_defaults(run=_run_pack_list)
    p = commands.add_parser("export", help="write a case's pack to a YAML file")
    p.add_argument("file", type=Path)
    p.add_argument("pack_id")
    p.add_argument("-o", "--output", type=Path, required=True, help="where to write the pack (YAML)")
    p.add_argument("--force", action="store_true", help="replace OUTPUT if it exists (never a case or database)")
    _passphrase_option(p)
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
    passphrase = _passphrase(args.passphrase_file)
    try:
        case = CaseFile.open(args.file, passphrase=passphrase)
    finally:
        _wipe(passphrase)
    with case:
        case.editor = case.meta().analyst
        if case.read_only:
            return _fail(f"{args.file.name} is open read-only: {case.read_only_reason}. Nothing was imported.")
        stored = case.add_pack(text, args.pack_file.name)
    print(f"Imported the evidence pack {stored.id} ({stored.title}) into {args.file}; it is switched on.")
    return 0


def _run_pack_list(args: argparse.Namespace) -> int:
    from .core.packs import finding_count
    from .core.vocabulary import pack_line

    with _open_case(args) as case:
        packs = case.packs()
    if not packs:
        print(f"{args.file}: no evidence packs.")
    for stored in packs:
        print(pack_line(stored.id, stored.title, stored.author, stored.date, stored.enabled, stored.allow_lift, finding_count(stored)))
    return 0


def _run_pack_export(args: argparse.Namespace) -> int:
    from .core.errors import CaseWriteError
    from .core.storage import atomic_write_bytes
    from .core.storage.outputs import refuse_unsafe_output

    with _open_case(args) as case:
        stored = case.pack(args.pack_id)
        protected = case.protected
    target = refuse_unsafe_output(args.output, args.file, args.force)  # never over the case or a database
    try:
        atomic_write_bytes(target, stored.text.encode("utf-8"))
    except OSError as exc:
        raise CaseWriteError(f"The pack could not be written to {args.output}: {exc.strerror or exc}.") from None
    print(f"Wrote the evidence pack {stored.id} to {args.output}.")
    if protected:  # the pack leaves the protection behind, as a memo does: say so
        print("The case is protected, but the exported pack is not: anyone who gets the file can read it.", file=sys.stderr)
    return 0


def _lang_option(parser: argparse.ArgumentParser) -> None:
    # Checked when the command runs (core.language names the languages there are), so that parsing
    # the command line loads no data.
    parser.add_argument("--lang", metavar="LANG", help="the language of the output: en (the default) or fr")


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", type=Path, help="for a protected case: a file whose first line is the passphrase"
    )


def _open_case(args: argparse.Namespace):
    """The case named on the command line, read-only, with the passphrase file's passphrase."""
    from .core.storage import CaseFile

    passphrase = _passphrase(args.passphrase_file)
    try:
        return CaseFile.open(args.file, read_only=True, passphrase=passphrase)
    finally:
        _wipe(passphrase)


def _passphrase(path: Path | None) -> bytearray | None:
    from .core.passphrase_file import read_passphrase_file

    if path is None:
        return None
    passphrase, warning = read_passphrase_file(path)
    if warning:
        print(f"atrocity-desk: warning: {warning}", file=sys.stderr)
    return passphrase


def _wipe(passphrase: bytearray | None) -> None:
    if passphrase is not None:
        passphrase[:] = bytes(len(passphrase))


def _run_protect(args: argparse.Namespace) -> int:
    from .core.storage.protection import protect

    old = _passphrase(args.old_passphrase_file)
    try:
        new = _passphrase(args.passphrase_file)
        try:
            result = protect(args.file, new, old)
        finally:
            _wipe(new)
    finally:
        _wipe(old)
    print(f"{args.file} is protected with the passphrase. A forgotten passphrase cannot be recovered.")
    _tell_backups(result.plaintext_backups)
    print("Copies of this case sent or saved before it was protected are still readable by anyone.")
    return 0


def _run_unprotect(args: argparse.Namespace) -> int:
    from .core.storage.protection import unprotect

    passphrase = _passphrase(args.passphrase_file)
    try:
        unprotect(args.file, passphrase)
    finally:
        _wipe(passphrase)
    print(f"{args.file} is no longer protected: anyone with the file can read it.")
    return 0


def _tell_backups(backups: tuple[Path, ...]) -> None:
    for backup in backups:
        print(f"Still readable by anyone: the upgrade backup {backup} (made before the case was protected). "
              "Delete it if you do not need it.")


def _run_gui(args: argparse.Namespace) -> int:
    # Start-up makes a few hundred thousand objects that live as long as the program (modules, Qt
    # enums, pydantic validators, the evidence base); the cyclic collector would walk them several
    # times over for nothing (measured: the first paint comes some 13 ms sooner without it, issue
    # 8). It is switched back on once the case is open (ui.app.start_window).
    gc.disable()
    from .ui.app import run_application

    return run_application(args.file, passphrase=_passphrase(args.passphrase_file))


def _run_selftest(args: argparse.Namespace) -> int:
    from .ui.app import run_selftest

    return run_selftest()


def _run_new(args: argparse.Namespace) -> int:
    from .core.answers import Answers, read_answers
    from .core.checklist import load_factor_vocabulary
    from .core.evidence import load_evidence
    from .core.filenames import case_file_path, checked_title
    from .core.models import CaseMeta, DesignAnswer, Judgment
    from .core.storage import CaseFile
    from .core.strategy_input import write_strategy

    path = case_file_path(args.file)  # as the window names it: .atrocase added when missing
    answers = read_answers(args.answers, load_factor_vocabulary()) if args.answers else Answers()
    fields = answers.meta_fields()
    if args.title is not None:
        fields["title"] = args.title
    fields["title"] = checked_title(fields.get("title", path.name.removesuffix(path.suffix)))
    meta = CaseMeta(**fields, evidence_version=load_evidence().version)
    with CaseFile.create(path, meta) as case:
        case.editor = meta.analyst
        revision = case.latest_revision()
        if answers.revision_fields():
            case.update_revision(revision.id, **answers.revision_fields())
        for factor_id, value in answers.factors.items():
            case.set_judgment(revision.id, Judgment(kind="factor", item=factor_id, value=value))
        for option in answers.options:
            decision_id = case.add_decision(revision.id, option.decision)
            for prop, value in option.design.items():
                case.set_design_answer(decision_id, DesignAnswer(property=prop, value=value))
        write_strategy(case, revision.id, answers.strategy)
    print(f"Created {path} ({len(answers.factors)} factors answered, {len(answers.options)} options).")
    return 0


def _run_example(args: argparse.Namespace) -> int:
    from .core.example import write_example_case

    write_example_case(args.file).close()
    print(f"Wrote the example case to {args.file}.")
    return 0


def _run_copy(args: argparse.Namespace) -> int:
    from .core.errors import CaseFileError, CaseFileExists
    from .core.filenames import case_file_path
    from .core.storage.clean_copy import write_clean_copy

    output = case_file_path(args.output)
    if output.exists():
        raise CaseFileExists(f"{output} already exists. Choose a new file name; Atrocity Desk does not overwrite case files.")
    if args.clean:
        if args.passphrase_file is not None:  # the clean copy reads the file with plain SQLite
            raise CaseFileError("A clean copy is made of unprotected case files only. Nothing was written.")
        written = write_clean_copy(args.file, output, history=not args.without_history)
        print(f"Wrote a clean copy (the case's data only) to {written}.")
        return 0
    with _open_case(args) as case:
        written = case.save_copy(output, history=not args.without_history)
    said = "without its edit history" if args.without_history else "with its edit history (earlier wording of edited fields)"
    print(f"Wrote a copy {said} to {written}.")
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from .core.errors import ForeignSchema
    from .core.storage import SCHEMA_VERSION

    try:
        case = _open_case(args)
    except ForeignSchema as exc:
        _print_problems(args.file, exc.differences)
        print("  (`atrocity-desk copy FILE --clean -o NEW` writes a copy with the case's data only.)", file=sys.stderr)
        return EXIT_CHECK_FAILED
    with case:
        problems = case.check()
        revisions = case.conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    if problems:
        _print_problems(args.file, problems)
        return EXIT_CHECK_FAILED
    revisions_said = f"{revisions} revision" if revisions == 1 else f"{revisions} revisions"
    print(f"{args.file}: OK (case format {SCHEMA_VERSION}, {revisions_said}, integrity check passed).")
    return 0


def _print_problems(file: Path, problems: list[str]) -> None:
    print(f"{file}: {len(problems)} {'problem' if len(problems) == 1 else 'problems'} found:", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)


def _run_fit(args: argparse.Namespace) -> int:
    from .core.fit_words import CaseHeader, fit_json, fit_text
    from .core.language import current_language
    from .core.option_fit import case_fit
    from .core.packs import case_evidence
    from .core.vocabulary import UNRECOGNISED_LABEL, is_unrecognised

    evidence = current_language().evidence()  # ids and conditions as in English; only words change
    with _open_case(args) as case:
        revision = case.latest_revision()
        judgments = case.judgments(revision.id, "factor")
        evidence = case_evidence(case, evidence)  # the base (in the output's language) plus the case's enabled packs
        header = CaseHeader(case.meta().title, revision.number, evidence.version, packs=tuple(evidence.packs))
        result = case_fit(case, revision.id, evidence)
    # The fit reads an answer the vocabulary does not know as unknown; say which ones, as stored.
    unrecognised = {item: str(j.value) for item, j in judgments.items() if is_unrecognised(j.value)}
    if args.json:
        data = {**fit_json(result, header), "unrecognised_answers": unrecognised}
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(fit_text(result, header))
        for item, value in unrecognised.items():
            print(f"{UNRECOGNISED_LABEL}: the stored answer {value!r} of {item}, read as unknown.")
    return 0


def _run_evidence(args: argparse.Namespace) -> int:
    from .core.evidence_report import evidence_json, evidence_text
    from .core.language import current_language

    evidence = current_language().evidence()
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
    from .core.memo import PROTECTED_MEMO_WARNING, MemoSettings, export_memo
    from .core.vocabulary import translate  # in the language of --lang (the command's scope)

    output = memo_file_path(args.output)  # a PDF unless .docx: .pdf added, as the window does
    if output != args.output:
        note = translate("A memo is a PDF or a Word file: writing {output} rather than {given}.")
        print(note.format(output=output, given=args.output), file=sys.stderr)
    # Like the window, the memo is built from an in-memory snapshot, not the file itself.
    with _open_case(args) as case:
        snapshot = case.snapshot()
        protected = case.protected
    with snapshot:
        path = export_memo(snapshot, output, MemoSettings(annex=not args.no_annex, lang=args.lang), overwrite=args.force)
    print(translate("Wrote the decision memo to {path}.").format(path=path))
    if protected:
        print(translate(PROTECTED_MEMO_WARNING), file=sys.stderr)
    return 0


def _run_risk(args: argparse.Namespace) -> int:
    from .core.country_names import closest_countries, find_country
    from .core.risk_data import newest_edition, user_editions
    from .core.paths import data_dir as app_data_dir
    from .core.risk_report import risk_table_text, risk_text
    from .core.vocabulary import risk_not_found

    data_dir = app_data_dir()  # the window's data folder: editions imported there count here
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
