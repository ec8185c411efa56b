from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_unit import IndicatorUnit
from ..models.qualifier import Qualifier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.latest_value_links import LatestValueLinks


T = TypeVar("T", bound="ReportedFigure")


@_attrs_define
class ReportedFigure:
    """A figure the covenant reported, as recorded: a measurement with its
    source, not computed by this API.

        Attributes:
            indicator (str): Code of the indicator: `market-coverage` or `participants`. Example: market-coverage.
            unit (IndicatorUnit): What an indicator's values are: `ratio`, a share from 0 to 1 (0.45 is
                45%; clients may show it as a percentage); `percent`, a percentage from
                0 to 100; `count`, a whole number, 0 or more; `eur`, whole euros. A value
                and its unit always agree: a market coverage of 45% is `0.45` with unit
                `ratio`; targets and measurements outside their unit's range are
                refused.
            value (float): The value as reported, in that unit. Example: 0.45.
            qualifier (Qualifier): How a value relates to the figure its source gives: sources say "circa",
                "meer dan" or "minimaal", and a value stored without that would claim a
                precision the source does not.
            measured_on (datetime.date): The date it applies to. Example: 2018-11-13.
            field_links (LatestValueLinks): Links of a latest value.
            note (None | str | Unset): What the source says about it, e.g. that it is approximate or what
                was counted. Example: About 45%, stored as the ratio 0.45..
    """

    indicator: str
    unit: IndicatorUnit
    value: float
    qualifier: Qualifier
    measured_on: datetime.date
    field_links: LatestValueLinks
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator

        unit = self.unit.value

        value = self.value

        qualifier = self.qualifier.value

        measured_on = self.measured_on.isoformat()

        field_links = self.field_links.to_dict()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator": indicator,
                "unit": unit,
                "value": value,
                "qualifier": qualifier,
                "measuredOn": measured_on,
                "_links": field_links,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.latest_value_links import LatestValueLinks  # noqa: PLC0415

        d = dict(src_dict)
        indicator = d.pop("indicator")

        unit = IndicatorUnit(d.pop("unit"))

        value = d.pop("value")

        qualifier = Qualifier(d.pop("qualifier"))

        measured_on = datetime.date.fromisoformat(d.pop("measuredOn"))

        field_links = LatestValueLinks.from_dict(d.pop("_links"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        reported_figure = cls(
            indicator=indicator,
            unit=unit,
            value=value,
            qualifier=qualifier,
            measured_on=measured_on,
            field_links=field_links,
            note=note,
        )

        reported_figure.additional_properties = d
        return reported_figure

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
