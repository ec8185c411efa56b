from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.covenant_figures import CovenantFigures
    from ..models.oecd_endorsement_metric import OecdEndorsementMetric
    from ..models.overview import Overview


T = TypeVar("T", bound="CovenantsDashboard")


@_attrs_define
class CovenantsDashboard:
    """Every covenant's figures and the national ones at a date, in one answer
    for a dashboard.

        Attributes:
            as_of (datetime.date): The date the figures are computed for.
            covenants (list[CovenantFigures]): Each covenant track the overview counts at `asOf` (those the SER
                facilitates, begun by then), by code.
            overview (Overview): The dashboard overview.
            oecd_endorsement (OecdEndorsementMetric): The 90% indicator: the share of large Dutch companies that endorse the
                OECD Guidelines.
    """

    as_of: datetime.date
    covenants: list[CovenantFigures]
    overview: Overview
    oecd_endorsement: OecdEndorsementMetric
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        covenants = []
        for covenants_item_data in self.covenants:
            covenants_item = covenants_item_data.to_dict()
            covenants.append(covenants_item)

        overview = self.overview.to_dict()

        oecd_endorsement = self.oecd_endorsement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOf": as_of,
                "covenants": covenants,
                "overview": overview,
                "oecdEndorsement": oecd_endorsement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.covenant_figures import CovenantFigures  # noqa: PLC0415
        from ..models.oecd_endorsement_metric import OecdEndorsementMetric  # noqa: PLC0415
        from ..models.overview import Overview  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        covenants = []
        _covenants = d.pop("covenants")
        for covenants_item_data in _covenants:
            covenants_item = CovenantFigures.from_dict(covenants_item_data)

            covenants.append(covenants_item)

        overview = Overview.from_dict(d.pop("overview"))

        oecd_endorsement = OecdEndorsementMetric.from_dict(d.pop("oecdEndorsement"))

        covenants_dashboard = cls(
            as_of=as_of,
            covenants=covenants,
            overview=overview,
            oecd_endorsement=oecd_endorsement,
        )

        covenants_dashboard.additional_properties = d
        return covenants_dashboard

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
