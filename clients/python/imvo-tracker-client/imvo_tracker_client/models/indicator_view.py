from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_direction import IndicatorDirection
from ..models.indicator_unit import IndicatorUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indicator_links import IndicatorLinks


T = TypeVar("T", bound="IndicatorView")


@_attrs_define
class IndicatorView:
    """An indicator as the API shows it.

    Attributes:
        code (str): Stable identifier of the indicator. Example: market-coverage.
        name_nl (str): Dutch name. Example: Marktdekking.
        name_en (str): English name. Example: Market coverage.
        unit (IndicatorUnit): What an indicator's values are: `ratio`, a share from 0 to 1 (0.45 is
            45%; clients may show it as a percentage); `percent`, a percentage from
            0 to 100; `count`, a whole number, 0 or more; `eur`, whole euros. A value
            and its unit always agree: a market coverage of 45% is `0.45` with unit
            `ratio`; targets and measurements outside their unit's range are
            refused.
        direction (IndicatorDirection): Whether progress means the value going up or down.
        created_at (datetime.datetime): When the indicator was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When it last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (IndicatorLinks): Links of an indicator.
        description (None | str | Unset): How it is defined.
        source (None | str | Unset): Where the definition comes from.
    """

    code: str
    name_nl: str
    name_en: str
    unit: IndicatorUnit
    direction: IndicatorDirection
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: IndicatorLinks
    description: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_nl = self.name_nl

        name_en = self.name_en

        unit = self.unit.value

        direction = self.direction.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "nameNl": name_nl,
                "nameEn": name_en,
                "unit": unit,
                "direction": direction,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_links import IndicatorLinks  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name_nl = d.pop("nameNl")

        name_en = d.pop("nameEn")

        unit = IndicatorUnit(d.pop("unit"))

        direction = IndicatorDirection(d.pop("direction"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = IndicatorLinks.from_dict(d.pop("_links"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        indicator_view = cls(
            code=code,
            name_nl=name_nl,
            name_en=name_en,
            unit=unit,
            direction=direction,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            description=description,
            source=source,
        )

        indicator_view.additional_properties = d
        return indicator_view

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
