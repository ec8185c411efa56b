from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_direction import IndicatorDirection
from ..models.indicator_unit import IndicatorUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorPatch")


@_attrs_define
class IndicatorPatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            code (str | Unset): Stable identifier of the indicator; cannot change. Example: market-coverage.
            name_nl (str | Unset): Dutch name. Example: Marktdekking.
            name_en (str | Unset): English name. Example: Market coverage.
            unit (IndicatorUnit | Unset): What an indicator's values are: `ratio`, a share from 0 to 1 (0.45 is
                45%; clients may show it as a percentage); `percent`, a percentage from
                0 to 100; `count`, a whole number, 0 or more; `eur`, whole euros. A value
                and its unit always agree: a market coverage of 45% is `0.45` with unit
                `ratio`; targets and measurements outside their unit's range are
                refused.
            direction (IndicatorDirection | Unset): Whether progress means the value going up or down.
            description (None | str | Unset): How the indicator is defined. Example: The share of the sector's Dutch market
                that the covenant's participants represent..
            source (None | str | Unset): Where the definition comes from. Example: Kamerbrief 13 november 2018.
    """

    code: str | Unset = UNSET
    name_nl: str | Unset = UNSET
    name_en: str | Unset = UNSET
    unit: IndicatorUnit | Unset = UNSET
    direction: IndicatorDirection | Unset = UNSET
    description: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_nl = self.name_nl

        name_en = self.name_en

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

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
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name_nl is not UNSET:
            field_dict["nameNl"] = name_nl
        if name_en is not UNSET:
            field_dict["nameEn"] = name_en
        if unit is not UNSET:
            field_dict["unit"] = unit
        if direction is not UNSET:
            field_dict["direction"] = direction
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name_nl = d.pop("nameNl", UNSET)

        name_en = d.pop("nameEn", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: IndicatorUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = IndicatorUnit(_unit)

        _direction = d.pop("direction", UNSET)
        direction: IndicatorDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = IndicatorDirection(_direction)

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

        indicator_patch = cls(
            code=code,
            name_nl=name_nl,
            name_en=name_en,
            unit=unit,
            direction=direction,
            description=description,
            source=source,
        )

        indicator_patch.additional_properties = d
        return indicator_patch

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
