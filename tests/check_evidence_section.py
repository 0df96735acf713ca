"""Check one section file of the evidence base on its own (for encoders):

    python tests/check_evidence_section.py resources/evidence/diplomatic.yaml
"""

import shutil
import sys
import tempfile
from pathlib import Path

from atrocity_desk.core.checklist import load_factor_vocabulary
from atrocity_desk.core.evidence import _load_evidence_from

repo = Path(__file__).resolve().parents[1]
with tempfile.TemporaryDirectory() as tmp:
    shutil.copy(repo / "resources/evidence/base.yaml", tmp)
    for name in sys.argv[1:]:
        shutil.copy(name, tmp)
    base = _load_evidence_from(Path(tmp), load_factor_vocabulary(), complete=False)
print(f"ok: {len(base.families)} families, {len(base.tools)} tools, {len(base.findings)} findings, "
      f"{len(base.studies)} studies, {len(base.themes)} themes, {len(base.conclusions)} conclusions")
