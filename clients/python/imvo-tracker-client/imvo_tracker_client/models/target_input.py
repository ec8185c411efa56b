from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetInput")


@_attrs_define
class TargetInput:
    """What a client writes: the body of `POST /v1/targets` and
    `PUT /v1/targets/{id}`, and what a merge patch applies to.

        Example:
            {'indicator': 'market-coverage', 'covenant': 'textile', 'value': 0.8, 'dueOn': '2021-07-04', 'baselineValue':
                0.3, 'baselineOn': '2016-07-04', 'description': 'Participants cover 80% of the Dutch garment market when the
                covenant ends.', 'source': 'Convenant Duurzame Kleding en Textiel'}

        Attributes:
            indicator (str): Code of the indicator. The values must fit its unit. Example: market-coverage.
            value (float): The value to reach (or, for a lower-is-better indicator, to get
                down to), in the indicator's unit: for `ratio` a share from 0 to 1
                (0.5 is 50%), for `percent` 0 to 100, for `count` and `eur` a whole
                number. Example: 0.5.
            due_on (datetime.date): The date by which to reach it. Example: 2018-12-31.
            covenant (None | str | Unset): Code of the covenant; leave out (or `null`) for a national target. Example:
                textile.
            baseline_value (float | None | Unset): The value at the start (with `baselineOn`). Example: 0.3.
            baseline_on (datetime.date | None | Unset): The date of the baseline value; before `dueOn`. Example: 2016-07-04.
            description (None | str | Unset): What the target means, in words. Example: Participants cover 50% of the Dutch
                garment market by the end of 2018..
            source (None | str | Unset): Where the target is set. Example: Kamerbrief 13 november 2018.
    """

    indicator: str
    value: float
    due_on: datetime.date
    covenant: None | str | Unset = UNSET
    baseline_value: float | None | Unset = UNSET
    baseline_on: datetime.date | None | Unset = UNSET
    description: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator

        value = self.value

        due_on = self.due_on.isoformat()

        covenant: None | str | Unset
        if isinstance(self.covenant, Unset):
            covenant = UNSET
        else:
            covenant = self.covenant

        baseline_value: float | None | Unset
        if isinstance(self.baseline_value, Unset):
            baseline_value = UNSET
        else:
            baseline_value = self.baseline_value

        baseline_on: None | str | Unset
        if isinstance(self.baseline_on, Unset):
            baseline_on = UNSET
        elif isinstance(self.baseline_on, datetime.date):
            baseline_on = self.baseline_on.isoformat()
        else:
            baseline_on = self.baseline_on

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
                "indicator": indicator,
                "value": value,
                "dueOn": due_on,
            }
        )
        if covenant is not UNSET:
            field_dict["covenant"] = covenant
        if baseline_value is not UNSET:
            field_dict["baselineValue"] = baseline_value
        if baseline_on is not UNSET:
            field_dict["baselineOn"] = baseline_on
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator = d.pop("indicator")

        value = d.pop("value")

        due_on = datetime.date.fromisoformat(d.pop("dueOn"))

        def _parse_covenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        covenant = _parse_covenant(d.pop("covenant", UNSET))

        def _parse_baseline_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        baseline_value = _parse_baseline_value(d.pop("baselineValue", UNSET))

        def _parse_baseline_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baseline_on_type_0 = datetime.date.fromisoformat(data)

                return baseline_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        baseline_on = _parse_baseline_on(d.pop("baselineOn", UNSET))

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

        target_input = cls(
            indicator=indicator,
            value=value,
            due_on=due_on,
            covenant=covenant,
            baseline_value=baseline_value,
            baseline_on=baseline_on,
            description=description,
            source=source,
        )

        target_input.additional_properties = d
        return target_input

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
