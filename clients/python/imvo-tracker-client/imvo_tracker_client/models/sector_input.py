from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SectorInput")


@_attrs_define
class SectorInput:
    """What a client writes: the body of `POST /v1/sectors` and
    `PUT /v1/sectors/{code}`, and what a merge patch applies to.

        Example:
            {'code': 'electronics', 'nameNl': 'Elektronica', 'nameEn': 'Electronics'}

        Attributes:
            code (str): Stable identifier of the sector, used in paths and filters. It cannot
                be changed once the sector exists. Example: textile.
            name_nl (str): Dutch name of the sector, as the covenant texts use it. Example: Kleding en textiel.
            name_en (str): English name of the sector. Example: Garments and textile.
    """

    code: str
    name_nl: str
    name_en: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_nl = self.name_nl

        name_en = self.name_en

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "nameNl": name_nl,
                "nameEn": name_en,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name_nl = d.pop("nameNl")

        name_en = d.pop("nameEn")

        sector_input = cls(
            code=code,
            name_nl=name_nl,
            name_en=name_en,
        )

        sector_input.additional_properties = d
        return sector_input

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
