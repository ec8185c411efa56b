from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="CovenantLinks")


@_attrs_define
class CovenantLinks:
    """Links of a covenant.

    Attributes:
        self_ (Link): A hyperlink (HAL style).
        sector (Link): A hyperlink (HAL style).
        annual_reports (Link): A hyperlink (HAL style).
        targets (Link): A hyperlink (HAL style).
        measurements (Link): A hyperlink (HAL style).
        working_groups (Link): A hyperlink (HAL style).
        motions (Link): A hyperlink (HAL style).
        participations (Link): A hyperlink (HAL style).
        governance_bodies (Link): A hyperlink (HAL style).
        remedy_mechanisms (Link): A hyperlink (HAL style).
        programmes (Link): A hyperlink (HAL style).
        ngo_assessments (Link): A hyperlink (HAL style).
    """

    self_: Link
    sector: Link
    annual_reports: Link
    targets: Link
    measurements: Link
    working_groups: Link
    motions: Link
    participations: Link
    governance_bodies: Link
    remedy_mechanisms: Link
    programmes: Link
    ngo_assessments: Link
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_.to_dict()

        sector = self.sector.to_dict()

        annual_reports = self.annual_reports.to_dict()

        targets = self.targets.to_dict()

        measurements = self.measurements.to_dict()

        working_groups = self.working_groups.to_dict()

        motions = self.motions.to_dict()

        participations = self.participations.to_dict()

        governance_bodies = self.governance_bodies.to_dict()

        remedy_mechanisms = self.remedy_mechanisms.to_dict()

        programmes = self.programmes.to_dict()

        ngo_assessments = self.ngo_assessments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "sector": sector,
                "annualReports": annual_reports,
                "targets": targets,
                "measurements": measurements,
                "workingGroups": working_groups,
                "motions": motions,
                "participations": participations,
                "governanceBodies": governance_bodies,
                "remedyMechanisms": remedy_mechanisms,
                "programmes": programmes,
                "ngoAssessments": ngo_assessments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        self_ = Link.from_dict(d.pop("self"))

        sector = Link.from_dict(d.pop("sector"))

        annual_reports = Link.from_dict(d.pop("annualReports"))

        targets = Link.from_dict(d.pop("targets"))

        measurements = Link.from_dict(d.pop("measurements"))

        working_groups = Link.from_dict(d.pop("workingGroups"))

        motions = Link.from_dict(d.pop("motions"))

        participations = Link.from_dict(d.pop("participations"))

        governance_bodies = Link.from_dict(d.pop("governanceBodies"))

        remedy_mechanisms = Link.from_dict(d.pop("remedyMechanisms"))

        programmes = Link.from_dict(d.pop("programmes"))

        ngo_assessments = Link.from_dict(d.pop("ngoAssessments"))

        covenant_links = cls(
            self_=self_,
            sector=sector,
            annual_reports=annual_reports,
            targets=targets,
            measurements=measurements,
            working_groups=working_groups,
            motions=motions,
            participations=participations,
            governance_bodies=governance_bodies,
            remedy_mechanisms=remedy_mechanisms,
            programmes=programmes,
            ngo_assessments=ngo_assessments,
        )

        covenant_links.additional_properties = d
        return covenant_links

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
