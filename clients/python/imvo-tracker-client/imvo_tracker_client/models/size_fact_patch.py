from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SizeFactPatch")


@_attrs_define
class SizeFactPatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            year (int | Unset): The (financial) year the figures are about; one set of figures per
                organisation and year. It cannot change once recorded. Example: 2018.
            employees (int | Unset): Employees (headcount) in that year. Example: 218000.
            total_assets_eur (int | Unset): Total assets (balanstotaal) at the end of that year, in whole euros. Example:
                40000000000.
            net_turnover_eur (int | Unset): Net turnover (netto-omzet) in that year, in whole euros. Example: 62800000000.
            source (str | Unset): Where the figures come from (annual report, register, page). Example: Ahold Delhaize
                Annual Report 2018, p. 110.
    """

    year: int | Unset = UNSET
    employees: int | Unset = UNSET
    total_assets_eur: int | Unset = UNSET
    net_turnover_eur: int | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        employees = self.employees

        total_assets_eur = self.total_assets_eur

        net_turnover_eur = self.net_turnover_eur

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET:
            field_dict["year"] = year
        if employees is not UNSET:
            field_dict["employees"] = employees
        if total_assets_eur is not UNSET:
            field_dict["totalAssetsEur"] = total_assets_eur
        if net_turnover_eur is not UNSET:
            field_dict["netTurnoverEur"] = net_turnover_eur
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year", UNSET)

        employees = d.pop("employees", UNSET)

        total_assets_eur = d.pop("totalAssetsEur", UNSET)

        net_turnover_eur = d.pop("netTurnoverEur", UNSET)

        source = d.pop("source", UNSET)

        size_fact_patch = cls(
            year=year,
            employees=employees,
            total_assets_eur=total_assets_eur,
            net_turnover_eur=net_turnover_eur,
            source=source,
        )

        size_fact_patch.additional_properties = d
        return size_fact_patch

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
