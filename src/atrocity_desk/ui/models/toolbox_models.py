"""Qt models of the toolbox: every tool of the paper's tables, grouped by category and family.

``ToolboxModel`` is a tree: category -> family (with this case's verdict) -> tool. Tools the paper
reviews no study of sit under a "Not reviewed by the paper" group of their category. The model holds
no rules: verdicts come from the evidence fit (``set_verdicts``); ``ToolboxFilter`` only hides rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...core.evidence import EvidenceBase, Family, Tool
from ...core.vocabulary import verdict_label, verdict_meaning, word, word_ids
from ..badges import verdict_icon

NOT_REVIEWED_GROUP = QT_TRANSLATE_NOOP("ToolboxModel", "Not reviewed by the paper")

# Item data roles.
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "category", "family", "unreviewed" or "tool"
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
FAMILY_ROLE = Qt.ItemDataRole.UserRole + 3  # family id, None for tools not reviewed
TOOL_ROLE = Qt.ItemDataRole.UserRole + 4  # tool id
MODE_ROLE = Qt.ItemDataRole.UserRole + 5  # tool mode; "" for groups
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 6  # verdict id; "" for categories
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7  # lower-case text the search box matches

NAME_COLUMN, MODE_COLUMN, VERDICT_COLUMN = range(3)
_HEADERS = (QT_TRANSLATE_NOOP("Column", "Tool or family"), QT_TRANSLATE_NOOP("Column", "Mode"), QT_TRANSLATE_NOOP("Column", "Verdict here"))

_Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    kind: str
    label: str
    category: str
    parent: _Node | None = None
    family: Family | None = None
    tool: Tool | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0

    def add(self, child: _Node) -> _Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


class ToolboxModel(QAbstractItemModel):
    def __init__(self, evidence: EvidenceBase, parent: QObject | None = None):
        super().__init__(parent)
        self._verdicts: dict[str, str] = {}
        self._roots: list[_Node] = []
        self._build(evidence)

    # -- feeding --

    def set_evidence(self, evidence: EvidenceBase, verdicts: dict[str, str] | None = None) -> None:
        """Show ``evidence``, with this case's ``verdicts`` (as ``set_verdicts``) when given: one
        reset lays the tree out once, where a change signal per family re-measured every row of
        the tree each time (~0.5 s to build the Toolbox page on the example)."""
        self.beginResetModel()
        self._build(evidence)
        if verdicts is not None:
            self._verdicts = dict(verdicts)
        self.endResetModel()

    def set_verdicts(self, verdicts: dict[str, str]) -> None:
        """This case's verdict of each family (family id -> verdict)."""
        if verdicts == self._verdicts:
            return
        self._verdicts = dict(verdicts)
        for node in self._walk():
            if node.children:
                parent = self.createIndex(node.row, 0, node)
                self.dataChanged.emit(
                    self.index(0, NAME_COLUMN, parent), self.index(len(node.children) - 1, VERDICT_COLUMN, parent)
                )
        if self._roots:
            self.dataChanged.emit(self.index(0, NAME_COLUMN), self.index(len(self._roots) - 1, VERDICT_COLUMN))

    def _build(self, evidence: EvidenceBase) -> None:
        self._roots = []
        categories: dict[str, _Node] = {}
        families: dict[tuple[str, str | None], _Node] = {}
        tables: dict[str, str] = {}
        for tool in evidence.tools:
            tables.setdefault(tool.category, tool.table)

        def category_node(category: str) -> _Node:
            if category not in categories:
                name = QCoreApplication.translate("ToolboxModel", "{category} tools").format(category=word("category", category))
                if category in tables:
                    name += " " + QCoreApplication.translate("ToolboxModel", "(Table {table})").format(table=tables[category])
                categories[category] = _Node("category", name, category)
            return categories[category]

        for category in word_ids("category"):
            category_node(category)
        for family in evidence.families:
            families[(family.category, family.id)] = category_node(family.category).add(
                _Node("family", family.name, family.category, family=family)
            )
        by_id = {family.id: family for family in evidence.families}
        unreviewed: dict[str, _Node] = {}
        for tool in evidence.tools:
            if tool.family is None:
                if tool.category not in unreviewed:
                    unreviewed[tool.category] = _Node("unreviewed", QCoreApplication.translate("ToolboxModel", NOT_REVIEWED_GROUP), tool.category)
                group = unreviewed[tool.category]
            else:
                key = (tool.category, tool.family)
                if key not in families:  # a family whose tools sit in more than one table
                    family = by_id[tool.family]
                    families[key] = category_node(tool.category).add(
                        _Node("family", family.name, tool.category, family=family)
                    )
                group = families[key]
            group.add(_Node("tool", tool.name, tool.category, family=group.family, tool=tool))
        for category, group in unreviewed.items():
            categories[category].add(group)
        for node in categories.values():
            node.row = len(self._roots)
            self._roots.append(node)

    def _walk(self, nodes: list[_Node] | None = None):
        for node in self._roots if nodes is None else nodes:
            yield node
            yield from self._walk(node.children)

    # -- reading --

    def node(self, index: _Index) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    def verdict_of(self, node: _Node) -> str:
        if node.kind == "category":
            return ""
        if node.family is None:
            return "not_reviewed"
        if not node.family.reviewed:
            return "not_reviewed"
        return self._verdicts.get(node.family.id, "")

    def index_of_tool(self, tool_id: str) -> QModelIndex:
        for node in self._walk():
            if node.kind == "tool" and node.tool is not None and node.tool.id == tool_id:
                return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def index_of_family(self, family_id: str) -> QModelIndex:
        for node in self._walk():
            if node.kind == "family" and node.family is not None and node.family.id == family_id:
                return self.createIndex(node.row, 0, node)
        return QModelIndex()

    # -- QAbstractItemModel --

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(_HEADERS) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        siblings = self._roots if not parent.isValid() else self.node(parent).children
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._roots)
        if parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("Column", _HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        verdict = self.verdict_of(node)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME_COLUMN:
                return node.label
            if column == MODE_COLUMN:
                return word("mode", node.tool.mode) if node.tool else ""
            if column == VERDICT_COLUMN:
                return verdict_label(verdict) if verdict else ""
        if role == Qt.ItemDataRole.DecorationRole and column == VERDICT_COLUMN and verdict:
            return verdict_icon(verdict)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column, verdict)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == VERDICT_COLUMN and verdict:
            return self.tr("Verdict: {verdict}").format(verdict=verdict_label(verdict))
        if role == KIND_ROLE:
            return node.kind
        if role == CATEGORY_ROLE:
            return node.category
        if role == FAMILY_ROLE:
            return node.family.id if node.family else None
        if role == TOOL_ROLE:
            return node.tool.id if node.tool else None
        if role == MODE_ROLE:
            return node.tool.mode if node.tool else ""
        if role == VERDICT_ROLE:
            return verdict
        if role == SEARCH_ROLE:
            parts = [node.label, node.family.name if node.family else ""]
            if node.tool:
                parts.append(node.tool.description)
            return " ".join(parts).lower()
        return None

    def _tooltip(self, node: _Node, column: int, verdict: str) -> str | None:
        if column == VERDICT_COLUMN and verdict:
            return verdict_meaning(verdict)
        if node.tool:
            targets = ", ".join(word("target", t) for t in node.tool.acts_on)
            return node.tool.description + "\n" + self.tr("Acts on: {targets}.").format(targets=targets)
        if node.family:
            return node.family.summary
        if node.kind == "unreviewed":
            return self.tr("Tools listed in the paper's tables for which it reviews no study.")
        return None


class ToolboxFilter(QSortFilterProxyModel):
    """Hides tools that do not match the search text, category, mode or verdict chosen.

    A group (category or family) shows while one of its tools shows; a family without listed tools
    is matched on its own name, category and verdict.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._text = ""
        self._category = ""
        self._mode = ""
        self._verdict = ""
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self._text = text.strip().lower()
        self._refilter()

    def set_category(self, category: str) -> None:
        self._category = category
        self._refilter()

    def set_mode(self, mode: str) -> None:
        self._mode = mode
        self._refilter()

    def set_verdict(self, verdict: str) -> None:
        self._verdict = verdict
        self._refilter()

    def active(self) -> bool:
        return bool(self._text or self._category or self._mode or self._verdict)

    def _refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.active():
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        kind = model.data(index, KIND_ROLE)
        if kind == "category" or (kind != "tool" and model.rowCount(index)):
            return False  # shown only while one of its tools matches (recursive filtering)
        if self._mode and model.data(index, MODE_ROLE) != self._mode:
            return False
        if self._category and model.data(index, CATEGORY_ROLE) != self._category:
            return False
        if self._verdict and model.data(index, VERDICT_ROLE) != self._verdict:
            return False
        words = self._text.split()
        haystack = model.data(index, SEARCH_ROLE) or ""
        return all(word in haystack for word in words)
