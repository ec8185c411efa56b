from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.size_fact_links import SizeFactLinks


T = TypeVar("T", bound="SizeFactView")


@_attrs_define
class SizeFactView:
    """An organisation's size in a year, as the API shows it.

    Attributes:
        organisation (int): Id of the organisation the figures are about. Example: 12.
        year (int): The (financial) year. Example: 2018.
        employees (int): Employees (headcount). Example: 218000.
        total_assets_eur (int): Total assets at the end of the year, in whole euros. Example: 40000000000.
        net_turnover_eur (int): Net turnover in the year, in whole euros. Example: 62800000000.
        source (str): Where the figures come from. Example: Ahold Delhaize Annual Report 2018, p. 110.
        created_at (datetime.datetime): When the figures were recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When the figures last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (SizeFactLinks): Links of a size fact.
    """

    organisation: int
    year: int
    employees: int
    total_assets_eur: int
    net_turnover_eur: int
    source: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: SizeFactLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation = self.organisation

        year = self.year

        employees = self.employees

        total_assets_eur = self.total_assets_eur

        net_turnover_eur = self.net_turnover_eur

        source = self.source

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organisation": organisation,
                "year": year,
                "employees": employees,
                "totalAssetsEur": total_assets_eur,
                "netTurnoverEur": net_turnover_eur,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.size_fact_links import SizeFactLinks  # noqa: PLC0415

        d = dict(src_dict)
        organisation = d.pop("organisation")

        year = d.pop("year")

        employees = d.pop("employees")

        total_assets_eur = d.pop("totalAssetsEur")

        net_turnover_eur = d.pop("netTurnoverEur")

        source = d.pop("source")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = SizeFactLinks.from_dict(d.pop("_links"))

        size_fact_view = cls(
            organisation=organisation,
            year=year,
            employees=employees,
            total_assets_eur=total_assets_eur,
            net_turnover_eur=net_turnover_eur,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
        )

        size_fact_view.additional_properties = d
        return size_fact_view

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
