from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SizeFactInput")


@_attrs_define
class SizeFactInput:
    """What a client writes: the body of
    `POST /v1/organisations/{id}/size-facts` and
    `PUT /v1/organisations/{id}/size-facts/{year}`, and what a merge patch
    applies to. Amounts are whole euros, never fractions.

        Example:
            {'year': 2018, 'employees': 18000, 'totalAssetsEur': 380000000000, 'netTurnoverEur': 9000000000, 'source':
                'Annual report 2018'}

        Attributes:
            year (int): The (financial) year the figures are about; one set of figures per
                organisation and year. It cannot change once recorded. Example: 2018.
            employees (int): Employees (headcount) in that year. Example: 218000.
            total_assets_eur (int): Total assets (balanstotaal) at the end of that year, in whole euros. Example:
                40000000000.
            net_turnover_eur (int): Net turnover (netto-omzet) in that year, in whole euros. Example: 62800000000.
            source (str): Where the figures come from (annual report, register, page). Example: Ahold Delhaize Annual Report
                2018, p. 110.
    """

    year: int
    employees: int
    total_assets_eur: int
    net_turnover_eur: int
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        employees = self.employees

        total_assets_eur = self.total_assets_eur

        net_turnover_eur = self.net_turnover_eur

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "employees": employees,
                "totalAssetsEur": total_assets_eur,
                "netTurnoverEur": net_turnover_eur,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        employees = d.pop("employees")

        total_assets_eur = d.pop("totalAssetsEur")

        net_turnover_eur = d.pop("netTurnoverEur")

        source = d.pop("source")

        size_fact_input = cls(
            year=year,
            employees=employees,
            total_assets_eur=total_assets_eur,
            net_turnover_eur=net_turnover_eur,
            source=source,
        )

        size_fact_input.additional_properties = d
        return size_fact_input

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
