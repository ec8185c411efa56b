from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SectorPatch")


@_attrs_define
class SectorPatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            code (str | Unset): Stable identifier of the sector, used in paths and filters. It cannot
                be changed once the sector exists. Example: textile.
            name_nl (str | Unset): Dutch name of the sector, as the covenant texts use it. Example: Kleding en textiel.
            name_en (str | Unset): English name of the sector. Example: Garments and textile.
    """

    code: str | Unset = UNSET
    name_nl: str | Unset = UNSET
    name_en: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_nl = self.name_nl

        name_en = self.name_en

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name_nl is not UNSET:
            field_dict["nameNl"] = name_nl
        if name_en is not UNSET:
            field_dict["nameEn"] = name_en

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name_nl = d.pop("nameNl", UNSET)

        name_en = d.pop("nameEn", UNSET)

        sector_patch = cls(
            code=code,
            name_nl=name_nl,
            name_en=name_en,
        )

        sector_patch.additional_properties = d
        return sector_patch

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
