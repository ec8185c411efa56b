from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.covenants_by_status import CovenantsByStatus
    from ..models.status_count import StatusCount
    from ..models.target_progress import TargetProgress
    from ..models.year_count import YearCount


T = TypeVar("T", bound="Overview")


@_attrs_define
class Overview:
    """The dashboard overview.

    Attributes:
        as_of (datetime.date): The date the figures are computed for.
        covenants_by_status (CovenantsByStatus): Covenant tracks by their status at a date: each counts under the
            status of its latest status change on or before it.
        covenants_signed_per_year (list[YearCount]): IMVO covenants (`serFacilitated`) signed in each year from the
            first
            signing to `asOf`'s year, 0 where none were; at most the last 50
            years.
        annual_reports_per_year (list[YearCount]): Annual reports published by `asOf`, per reporting year.
        motions_by_status (list[StatusCount]): Motions known at `asOf`, per their status then (`unknown` where the
            record cannot say), from each motion's dated transitions: submitted
            (`submittedOn`), the vote's outcome (`votedOn`), each status a letter
            reports from the letter's date, and its recorded `status` from the
            day it was last written. A motion is known from its submission, or,
            its submission date unknown, from the first letter that mentions it.
        national_indicators (list[TargetProgress]): Each national target with its progress.
    """

    as_of: datetime.date
    covenants_by_status: CovenantsByStatus
    covenants_signed_per_year: list[YearCount]
    annual_reports_per_year: list[YearCount]
    motions_by_status: list[StatusCount]
    national_indicators: list[TargetProgress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        covenants_by_status = self.covenants_by_status.to_dict()

        covenants_signed_per_year = []
        for covenants_signed_per_year_item_data in self.covenants_signed_per_year:
            covenants_signed_per_year_item = covenants_signed_per_year_item_data.to_dict()
            covenants_signed_per_year.append(covenants_signed_per_year_item)

        annual_reports_per_year = []
        for annual_reports_per_year_item_data in self.annual_reports_per_year:
            annual_reports_per_year_item = annual_reports_per_year_item_data.to_dict()
            annual_reports_per_year.append(annual_reports_per_year_item)

        motions_by_status = []
        for motions_by_status_item_data in self.motions_by_status:
            motions_by_status_item = motions_by_status_item_data.to_dict()
            motions_by_status.append(motions_by_status_item)

        national_indicators = []
        for national_indicators_item_data in self.national_indicators:
            national_indicators_item = national_indicators_item_data.to_dict()
            national_indicators.append(national_indicators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOf": as_of,
                "covenantsByStatus": covenants_by_status,
                "covenantsSignedPerYear": covenants_signed_per_year,
                "annualReportsPerYear": annual_reports_per_year,
                "motionsByStatus": motions_by_status,
                "nationalIndicators": national_indicators,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.covenants_by_status import CovenantsByStatus  # noqa: PLC0415
        from ..models.status_count import StatusCount  # noqa: PLC0415
        from ..models.target_progress import TargetProgress  # noqa: PLC0415
        from ..models.year_count import YearCount  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        covenants_by_status = CovenantsByStatus.from_dict(d.pop("covenantsByStatus"))

        covenants_signed_per_year = []
        _covenants_signed_per_year = d.pop("covenantsSignedPerYear")
        for covenants_signed_per_year_item_data in _covenants_signed_per_year:
            covenants_signed_per_year_item = YearCount.from_dict(covenants_signed_per_year_item_data)

            covenants_signed_per_year.append(covenants_signed_per_year_item)

        annual_reports_per_year = []
        _annual_reports_per_year = d.pop("annualReportsPerYear")
        for annual_reports_per_year_item_data in _annual_reports_per_year:
            annual_reports_per_year_item = YearCount.from_dict(annual_reports_per_year_item_data)

            annual_reports_per_year.append(annual_reports_per_year_item)

        motions_by_status = []
        _motions_by_status = d.pop("motionsByStatus")
        for motions_by_status_item_data in _motions_by_status:
            motions_by_status_item = StatusCount.from_dict(motions_by_status_item_data)

            motions_by_status.append(motions_by_status_item)

        national_indicators = []
        _national_indicators = d.pop("nationalIndicators")
        for national_indicators_item_data in _national_indicators:
            national_indicators_item = TargetProgress.from_dict(national_indicators_item_data)

            national_indicators.append(national_indicators_item)

        overview = cls(
            as_of=as_of,
            covenants_by_status=covenants_by_status,
            covenants_signed_per_year=covenants_signed_per_year,
            annual_reports_per_year=annual_reports_per_year,
            motions_by_status=motions_by_status,
            national_indicators=national_indicators,
        )

        overview.additional_properties = d
        return overview

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
