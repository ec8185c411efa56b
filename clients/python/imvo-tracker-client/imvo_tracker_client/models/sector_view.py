from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sector_links import SectorLinks


T = TypeVar("T", bound="SectorView")


@_attrs_define
class SectorView:
    """A sector as the API shows it.

    Attributes:
        code (str): Stable identifier of the sector. Example: textile.
        name_nl (str): Dutch name of the sector. Example: Kleding en textiel.
        name_en (str): English name of the sector. Example: Garments and textile.
        created_at (datetime.datetime): When the sector was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When the sector last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (SectorLinks): Links of a sector.
    """

    code: str
    name_nl: str
    name_en: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: SectorLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_nl = self.name_nl

        name_en = self.name_en

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "nameNl": name_nl,
                "nameEn": name_en,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sector_links import SectorLinks  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name_nl = d.pop("nameNl")

        name_en = d.pop("nameEn")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = SectorLinks.from_dict(d.pop("_links"))

        sector_view = cls(
            code=code,
            name_nl=name_nl,
            name_en=name_en,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
        )

        sector_view.additional_properties = d
        return sector_view

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
