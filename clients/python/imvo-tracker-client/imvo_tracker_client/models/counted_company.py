from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.counted_company_links import CountedCompanyLinks


T = TypeVar("T", bound="CountedCompany")


@_attrs_define
class CountedCompany:
    """A large company as counted at a date.

    Attributes:
        organisation (int): The organisation's id. Example: 12.
        name (str): Its name. Example: Demobedrijf 001 (synthetic).
        size_facts_year (int): The year of the size facts that made it large. Example: 2022.
        employees (int): Employees that year. Example: 640.
        total_assets_eur (int): Total assets that year, in euros. Example: 25000000.
        net_turnover_eur (int): Net turnover that year, in euros. Example: 48000000.
        endorsing (bool): Whether it endorses the OECD Guidelines at the date.
        field_links (CountedCompanyLinks): Links of a counted company.
    """

    organisation: int
    name: str
    size_facts_year: int
    employees: int
    total_assets_eur: int
    net_turnover_eur: int
    endorsing: bool
    field_links: CountedCompanyLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation = self.organisation

        name = self.name

        size_facts_year = self.size_facts_year

        employees = self.employees

        total_assets_eur = self.total_assets_eur

        net_turnover_eur = self.net_turnover_eur

        endorsing = self.endorsing

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organisation": organisation,
                "name": name,
                "sizeFactsYear": size_facts_year,
                "employees": employees,
                "totalAssetsEur": total_assets_eur,
                "netTurnoverEur": net_turnover_eur,
                "endorsing": endorsing,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.counted_company_links import CountedCompanyLinks  # noqa: PLC0415

        d = dict(src_dict)
        organisation = d.pop("organisation")

        name = d.pop("name")

        size_facts_year = d.pop("sizeFactsYear")

        employees = d.pop("employees")

        total_assets_eur = d.pop("totalAssetsEur")

        net_turnover_eur = d.pop("netTurnoverEur")

        endorsing = d.pop("endorsing")

        field_links = CountedCompanyLinks.from_dict(d.pop("_links"))

        counted_company = cls(
            organisation=organisation,
            name=name,
            size_facts_year=size_facts_year,
            employees=employees,
            total_assets_eur=total_assets_eur,
            net_turnover_eur=net_turnover_eur,
            endorsing=endorsing,
            field_links=field_links,
        )

        counted_company.additional_properties = d
        return counted_company

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
