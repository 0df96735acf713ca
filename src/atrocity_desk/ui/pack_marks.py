"""How the window marks what an evidence pack added (SPEC §5): one badge word, and the mark a
list puts before a pack finding's text. Pages, dialogs and list models all mark the same way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.evidence import EvidenceBase


def tr(text: str) -> str:
    return QCoreApplication.translate("EvidencePacks", text)


def pack_badge() -> str:
    """The badge on everything an evidence pack added, in every page and dialog."""
    return tr("Evidence pack")


def pack_mark(evidence: EvidenceBase, finding_id: str) -> str:
    """"[Evidence pack “title”] " before a pack finding's text in a list ("" for the paper's own)."""
    source = evidence.source_of(finding_id)
    if source == "base":
        return ""
    return tr("[{badge} “{title}”] ").format(badge=pack_badge(), title=evidence.pack_title(source))
