"""A case's evidence packs (SPEC §5), mixed into CaseFile.

Each pack is one row of ``evidence_packs`` (migration 0005): its header, content hash, YAML text
and the planner's two switches. Every text is validated in ``core/packs.py`` before anything is
written, so a refused pack leaves the file as it was; each edit goes through ``CaseFile._edit``
(one transaction with its audit row).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import InvalidValue
from ..packs import PackError, StoredPack, content_hash, pack_header_id, validated_pack
from .select import select_rows

if TYPE_CHECKING:
    from .casefile import CaseFile


def pack_row(stored: StoredPack) -> dict[str, Any]:
    row = stored.model_dump(exclude={"text"})
    return {**row, "yaml": stored.text, "enabled": int(stored.enabled), "allow_lift": int(stored.allow_lift)}


def pack_from_row(row: dict[str, Any]) -> StoredPack:
    fields = {k: row[k] for k in ("id", "title", "author", "date", "hash")}
    return StoredPack(**fields, text=row["yaml"], enabled=bool(row["enabled"]), allow_lift=bool(row["allow_lift"]))


class PacksMixin:
    """Reads and edits of the case's evidence packs; ``self`` is a CaseFile."""

    def packs(self: CaseFile) -> list[StoredPack]:
        """Every pack the case holds, switched on or off, in the order they were added."""
        return [pack_from_row(row) for row in select_rows(self.conn, "evidence_packs", order_by="position, id")]

    def pack(self: CaseFile, pack_id: str) -> StoredPack:
        for stored in self.packs():
            if stored.id == pack_id:
                return stored
        raise PackError(f"This case has no evidence pack {pack_id!r}.")

    def add_pack(self: CaseFile, text: str, file_name: str, enabled: bool = True, allow_lift: bool = False) -> StoredPack:
        """Validate the pack in ``text`` and store it; a bad pack (or one whose id the case already
        uses) is refused whole with PackError before anything is written."""
        self._require_writable()
        if any(p.id == _pack_id_of(text) for p in self.packs()):
            raise PackError(f"{file_name}: this case already has a pack with the id {_pack_id_of(text)!r}; remove it first.")
        stored = validated_pack(text, file_name, self.packs(), enabled=enabled, allow_lift=allow_lift)
        row = pack_row(stored)
        last = self.conn.execute("SELECT MAX(position) FROM evidence_packs").fetchone()[0]
        row["position"] = 0 if last is None else last + 1
        with self._edit("add evidence pack", stored.id, None, stored.info(), revision_id=None):
            self.db["evidence_packs"].insert(row)
        return stored

    def replace_pack(self: CaseFile, pack_id: str, text: str) -> StoredPack:
        """Store a new text for a pack the case has (the window's own pack grows this way); returns
        the previous record, for undo. The new text is validated first, like an import."""
        previous = self.pack(pack_id)
        if _pack_id_of(text) != pack_id:
            raise PackError(f"The new text of the pack {pack_id!r} names another pack id.")
        stored = validated_pack(text, pack_id, self.packs(), enabled=previous.enabled, allow_lift=previous.allow_lift)
        with self._edit("change evidence pack", pack_id, previous.info(), stored.info(), revision_id=None):
            self.db["evidence_packs"].update(pack_id, {k: v for k, v in pack_row(stored).items() if k != "position"})
        return previous

    def set_pack_switches(self: CaseFile, pack_id: str, **switches: bool) -> dict[str, bool]:
        """Switch a pack on or off (``enabled``) or let it lift ceilings (``allow_lift``); returns the old values."""
        current = self.pack(pack_id)
        if set(switches) - {"enabled", "allow_lift"}:
            raise InvalidValue("A pack has only the switches 'enabled' and 'allow_lift'.")
        before = {k: getattr(current, k) for k in switches}
        with self._edit("switch evidence pack", pack_id, before, switches, revision_id=None):
            self.db["evidence_packs"].update(pack_id, {k: int(bool(v)) for k, v in switches.items()})
        return before

    def remove_pack(self: CaseFile, pack_id: str) -> StoredPack:
        """Remove a pack from the case; returns it (undo adds it back with ``restore_pack``)."""
        stored = self.pack(pack_id)
        with self._edit("remove evidence pack", pack_id, stored.info(), None, revision_id=None):
            self.db["evidence_packs"].delete(pack_id)
        return stored

    def restore_pack(self: CaseFile, stored: StoredPack) -> None:
        """Put back a removed pack as it was (undo)."""
        self.add_pack(stored.text, stored.id, enabled=stored.enabled, allow_lift=stored.allow_lift)

    def pack_problems(self: CaseFile) -> list[str]:
        """Each stored pack that no longer validates or whose text does not match its hash."""
        problems, ok = [], []
        for stored in self.packs():
            if content_hash(stored.text) != stored.hash:
                problems.append(f"evidence pack {stored.id}: its text does not match its stored hash")
            try:
                validated_pack(stored.text, f"evidence pack {stored.id}", ok)
                ok.append(stored)
            except PackError as exc:
                problems.append(str(exc))
        return problems


def _pack_id_of(text: str) -> str | None:
    """The id a pack's text declares, read the same guarded way as the whole pack (None if unreadable)."""
    try:
        return pack_header_id(text)
    except PackError:
        return None
