from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ngo_assessment_view import NgoAssessmentView
    from ..models.target_progress import TargetProgress


T = TypeVar("T", bound="CovenantProgress")


@_attrs_define
class CovenantProgress:
    """Progress of a covenant: every target with its status.

    Attributes:
        as_of (datetime.date): The date the figures are computed for.
        covenant (str): The covenant's code. Example: textile.
        targets (list[TargetProgress]): Each target of the covenant, earliest due first.
        ngo_assessments (list[NgoAssessmentView]): What NGOs found about the covenant, beside the official figures:
            its assessments published by `asOf` (or, their date unknown,
            recorded by then), oldest first.
    """

    as_of: datetime.date
    covenant: str
    targets: list[TargetProgress]
    ngo_assessments: list[NgoAssessmentView]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        covenant = self.covenant

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        ngo_assessments = []
        for ngo_assessments_item_data in self.ngo_assessments:
            ngo_assessments_item = ngo_assessments_item_data.to_dict()
            ngo_assessments.append(ngo_assessments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOf": as_of,
                "covenant": covenant,
                "targets": targets,
                "ngoAssessments": ngo_assessments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ngo_assessment_view import NgoAssessmentView  # noqa: PLC0415
        from ..models.target_progress import TargetProgress  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        covenant = d.pop("covenant")

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = TargetProgress.from_dict(targets_item_data)

            targets.append(targets_item)

        ngo_assessments = []
        _ngo_assessments = d.pop("ngoAssessments")
        for ngo_assessments_item_data in _ngo_assessments:
            ngo_assessments_item = NgoAssessmentView.from_dict(ngo_assessments_item_data)

            ngo_assessments.append(ngo_assessments_item)

        covenant_progress = cls(
            as_of=as_of,
            covenant=covenant,
            targets=targets,
            ngo_assessments=ngo_assessments,
        )

        covenant_progress.additional_properties = d
        return covenant_progress

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
