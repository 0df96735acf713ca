"""The bundled example case (resources/example/example_case.yaml), written through the storage API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .checklist import load_checklist
from .datafiles import DataFileError, load_yaml, resource_root
from .evidence import load_evidence
from .models import Actor, CaseMeta, Decision, EtdJudgment, Judgment, Objective
from .storage import CaseFile


def example_data() -> dict[str, Any]:
    return load_yaml(resource_root() / "example" / "example_case.yaml")


def write_example_case(path: str | Path) -> CaseFile:
    """Create the example case at ``path`` and return it open."""
    data = example_data()
    meta = CaseMeta(**data["case"], evidence_version=load_evidence().version)
    revisions = data["revisions"]
    case = CaseFile.create(path, meta, assessed_on=revisions[0]["assessed_on"])
    case.editor = meta.analyst
    try:
        for index, revision_data in enumerate(revisions):
            if index:
                case.new_revision(revision_data["assessed_on"], revision_data.get("label", ""), revision_data.get("created_by", ""))
            _fill_revision(case, revision_data)
    except BaseException:
        case.close()
        Path(path).unlink(missing_ok=True)
        raise
    return case


def _fill_revision(case: CaseFile, data: dict[str, Any]) -> None:
    checklist = load_checklist()
    vocabulary = checklist.vocabulary()
    indicator_ids = {i.id for rf in checklist.risk_factors for i in rf.indicators}
    revision = case.latest_revision()
    case.update_revision(
        revision.id,
        label=data.get("label", revision.label),
        created_by=data.get("created_by", ""),
        end_state=data.get("end_state", ""),
        risk_estimate=data.get("risk_estimate", ""),
        risk_estimate_source=data.get("risk_estimate_source", ""),
        risk_estimate_date=data.get("risk_estimate_date", ""),
    )
    for factor_id, answer in (data.get("factors") or {}).items():
        problem = vocabulary.problem(factor_id, [answer["value"]])
        if problem:
            raise DataFileError(f"example_case.yaml: {problem}")
        case.set_judgment(revision.id, Judgment(kind="factor", item=factor_id, **answer))
    for indicator_id, answer in (data.get("indicators") or {}).items():
        if indicator_id not in indicator_ids:
            raise DataFileError(f"example_case.yaml: unknown risk-factor indicator {indicator_id!r}")
        case.set_judgment(revision.id, Judgment(kind="indicator", item=indicator_id, **answer))
    for position, actor in enumerate(data.get("actors") or []):
        case.add_actor(revision.id, Actor(position=position, **actor))
    objective_ids = [
        case.add_objective(revision.id, Objective(text=text, position=position))
        for position, text in enumerate(data.get("objectives") or [])
    ]
    for position, decision in enumerate(data.get("decisions") or []):
        decision = dict(decision)
        decision["objectives"] = [objective_ids[n - 1] for n in decision.get("objectives", [])]
        decision["etd"] = {k: EtdJudgment(**v) for k, v in (decision.get("etd") or {}).items()}
        case.add_decision(revision.id, Decision(position=position, **decision))
