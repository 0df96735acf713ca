"""Tables of the Revisions page: the revisions, the changes between two of them, the audit log."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from ...core.models import AuditEntry, Revision
from ...core.revision_diff import Change
from ...core.vocabulary import word
from ..locale_format import shown_date
from .table import Column, RowTableModel


def short_time(iso: str) -> str:
    """'2026-09-14T09:00:00+00:00' -> '2026-09-14 09:00' (the date in the window's language)."""
    return shown_date(iso.replace("T", " ")[:16]) if iso else ""


def readable_json(text: str | None) -> str:
    """An audit before/after value as 'field: value; field: value'."""
    if text is None:
        return "—"
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            if item in (None, "", [], {}):
                item = "—"
            elif isinstance(item, (dict, list)):
                item = json.dumps(item, ensure_ascii=False)
            parts.append(f"{key}: {item}")
        return "; ".join(parts)
    return str(value)


def _fields(text: str | None) -> dict[str, Any]:
    if text is None:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"value": text}
    return value if isinstance(value, dict) else {"value": value}


def changed_fields(entry: AuditEntry) -> list[str]:
    """The fields an audit entry changed (all of them for an addition or a deletion)."""
    before, after = _fields(entry.before), _fields(entry.after)
    return [k for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k)]


def change_detail(entry: AuditEntry) -> str:
    """Each changed field with its value before and after, one per line."""
    before, after = _fields(entry.before), _fields(entry.after)
    lines = []
    for key in changed_fields(entry):
        old = readable_json(json.dumps({key: before.get(key)}, ensure_ascii=False)) if key in before else f"{key}: —"
        new = readable_json(json.dumps({key: after.get(key)}, ensure_ascii=False)).partition(": ")[2] if key in after else "—"
        lines.append(f"{old}  →  {new}")
    return "\n".join(lines) or QCoreApplication.translate("revisions", "No field changed.")


class RevisionTableModel(RowTableModel[Revision]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "No."), lambda r: str(r.number)),
        Column(QT_TRANSLATE_NOOP("Column", "Assessed on"), lambda r: shown_date(r.assessed_on)),
        Column(QT_TRANSLATE_NOOP("Column", "Label"), lambda r: r.label),
        Column(QT_TRANSLATE_NOOP("Column", "By"), lambda r: r.created_by),
        Column(QT_TRANSLATE_NOOP("Column", "Started"), lambda r: short_time(r.created_at)),
    )

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__((), parent)
        self.latest_id: int | None = None

    def set_revisions(self, revisions: list[Revision]) -> None:
        self.latest_id = revisions[-1].id if revisions else None
        self.beginResetModel()
        self._rows = list(revisions)
        self.endResetModel()

    def extra_data(self, row: Revision, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.id == self.latest_id:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ChangeTableModel(RowTableModel[Change]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "What"), lambda c: c.area),
        Column(QT_TRANSLATE_NOOP("Column", "Item"), lambda c: c.item),
        Column(QT_TRANSLATE_NOOP("Column", "Before"), lambda c: c.before),
        Column(QT_TRANSLATE_NOOP("Column", "After"), lambda c: c.after),
    )


class AuditTableModel(RowTableModel[AuditEntry]):
    """The audit log, newest first; ``revision_numbers`` maps revision ids to numbers."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__((), parent)
        self.revision_numbers: dict[int, int] = {}
        self.columns = (
            Column(QT_TRANSLATE_NOOP("Column", "When (UTC)"), lambda e: short_time(e.at)),
            Column(QT_TRANSLATE_NOOP("Column", "Who"), lambda e: e.who),
            Column(QT_TRANSLATE_NOOP("Column", "Rev."), lambda e: str(self.revision_numbers.get(e.revision_id, "")) if e.revision_id else QCoreApplication.translate("revisions", "case")),
            Column(QT_TRANSLATE_NOOP("Column", "Action"), lambda e: word("audit_action", e.action)),
            Column(QT_TRANSLATE_NOOP("Column", "Target"), lambda e: e.target),
            # The values themselves can be pages long: the table names the fields, the pane under it
            # shows the selected entry's values before and after.
            Column(QT_TRANSLATE_NOOP("Column", "Fields changed"), lambda e: ", ".join(changed_fields(e)) or "—"),
        )

    def set_entries(self, entries: list[AuditEntry], revision_numbers: dict[int, int]) -> None:
        self.revision_numbers = dict(revision_numbers)
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()
