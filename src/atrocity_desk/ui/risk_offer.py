"""Under the case's country: the Early Warning Project's estimate for it (SPEC §5).

The figure is only offered: it becomes the assessment's outside risk estimate when the planner
clicks, through the session's edit path (one undo entry). A newer edition's CSV can be imported
here; the core validates it and keeps it in the planner's data folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ..core.country_names import closest_countries, find_country
from ..core.risk_data import RiskDataError, RiskEdition, import_edition, newest_edition
from ..core.vocabulary import (
    RISK_IMPORT_BUTTON,
    RISK_IMPORT_DONE,
    RISK_IMPORT_REFUSED,
    RISK_MODEL_SCOPE,
    RISK_OFFER_BUTTON,
    RISK_OFFER_EMPTY,
    RISK_OFFER_RECORDED,
    RISK_OFFER_REPLACE,
    risk_import_done,
    risk_not_found,
    risk_offer_words,
    translate,
)
from .widgets import relative_font, wrapped

if TYPE_CHECKING:
    from .pages.base import Page


def _data_dir() -> Path:
    from .main_window import app_data_dir  # imported late: the window module imports the pages

    return app_data_dir()


class RiskOffer(QWidget):
    def __init__(self, page: Page):
        super().__init__(page)
        self.page = page
        self.edition: RiskEdition = newest_edition(_data_dir())
        self._fields: dict[str, str] = {}  # the estimate on offer, as revision fields
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = wrapped()
        self.text.setObjectName("risk_offer_text")
        self.text.setAccessibleName(self.tr("Early Warning Project estimate for the country"))
        self.scope = wrapped(translate(RISK_MODEL_SCOPE))
        self.scope.setFont(relative_font(self.scope, 0.9))
        self.record_button = QPushButton(translate(RISK_OFFER_BUTTON))
        self.record_button.setObjectName("risk_offer_record")
        self.record_button.clicked.connect(self.record)
        self.import_button = QPushButton(translate(RISK_IMPORT_BUTTON))
        self.import_button.setObjectName("risk_import")
        self.import_button.clicked.connect(self._choose_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        for widget in (self.text, self.scope):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        session = self.page.session
        country = session.case.meta().country.strip()
        row = find_country(self.edition, country) if country else None
        self._fields = self.edition.estimate_fields(row) if row else {}
        revision = session.revision()
        recorded = bool(row) and all(getattr(revision, k) == v for k, v in self._fields.items())
        self.record_button.setText(translate(RISK_OFFER_REPLACE) if revision.risk_estimate.strip() and not recorded else translate(RISK_OFFER_BUTTON))
        if row:
            words = risk_offer_words(row.country, self._fields["risk_estimate"], self.edition.edition,
                                     self.edition.citation, self.edition.date)
            self.text.setText(f"{words} {translate(RISK_OFFER_RECORDED)}" if recorded else words)
        elif country:
            self.text.setText(risk_not_found(country, self.edition.edition, closest_countries(self.edition, country)))
        else:
            self.text.setText(translate(RISK_OFFER_EMPTY).format(edition=self.edition.edition))
        self.scope.setVisible(bool(row))
        self.record_button.setVisible(bool(row))
        self.record_button.setEnabled(bool(row) and not recorded and not session.read_only)

    def record(self) -> bool:
        """The planner's click: the offered figure becomes the outside risk estimate (undoable)."""
        return bool(self._fields) and self.page.session.update_revision(**self._fields)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate(RISK_IMPORT_BUTTON).rstrip("…"), "", self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        try:
            import_edition(path, _data_dir())
        except RiskDataError as exc:
            QMessageBox.warning(self, translate(RISK_IMPORT_REFUSED), str(exc))
            return False
        except OSError as exc:  # the data folder cannot be written; what was there stays in use
            QMessageBox.warning(self, translate(RISK_IMPORT_REFUSED), self.tr("{name}: could not be kept ({reason}).").format(name=path.name, reason=exc.strerror or exc))
            return False
        self.edition = newest_edition(_data_dir())
        QMessageBox.information(self, translate(RISK_IMPORT_DONE), risk_import_done(self.edition.edition, self.edition.of))
        self.refresh()
        return True
