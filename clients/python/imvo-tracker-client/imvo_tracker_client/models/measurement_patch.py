from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.qualifier import Qualifier
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeasurementPatch")


@_attrs_define
class MeasurementPatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            indicator (str | Unset): Code of the indicator measured. The value must fit its unit. Example: market-coverage.
            covenant (None | str | Unset): Code of the covenant measured; leave out (or `null`) for a national
                figure. Example: textile.
            value (float | Unset): The value, in the indicator's unit: for `ratio` a share from 0 to 1
                (0.45 is 45%), for `percent` 0 to 100, for `count` and `eur` a whole
                number. Example: 0.45.
            qualifier (None | Qualifier | Unset):
            measured_on (datetime.date | Unset): The date the value applies to. Example: 2018-06-30.
            numerator (float | None | Unset): For a ratio: what was counted (with `denominator`; then `value` must
                equal `numerator / denominator`). Example: 45.0.
            denominator (float | None | Unset): For a ratio: out of how many; more than 0. Example: 100.0.
            annual_report (int | None | Unset): Source: the id of the annual report that reported the figure (of the
                same covenant). Give exactly one of `annualReport`, `letter`,
                `sourceUrl`. Example: 1.
            letter (int | None | Unset): Source: the id of the parliamentary letter that reported the figure. Example: 2.
            source_url (None | str | Unset): Source: a URL that published the figure. Example:
                https://www.imvoconvenanten.nl/kleding-textiel.
            note (None | str | Unset): A remark on the figure (e.g. "about 45%"). Example: The letter says "about 45%"..
    """

    indicator: str | Unset = UNSET
    covenant: None | str | Unset = UNSET
    value: float | Unset = UNSET
    qualifier: None | Qualifier | Unset = UNSET
    measured_on: datetime.date | Unset = UNSET
    numerator: float | None | Unset = UNSET
    denominator: float | None | Unset = UNSET
    annual_report: int | None | Unset = UNSET
    letter: int | None | Unset = UNSET
    source_url: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator

        covenant: None | str | Unset
        if isinstance(self.covenant, Unset):
            covenant = UNSET
        else:
            covenant = self.covenant

        value = self.value

        qualifier: None | str | Unset
        if isinstance(self.qualifier, Unset):
            qualifier = UNSET
        elif isinstance(self.qualifier, Qualifier):
            qualifier = self.qualifier.value
        else:
            qualifier = self.qualifier

        measured_on: str | Unset = UNSET
        if not isinstance(self.measured_on, Unset):
            measured_on = self.measured_on.isoformat()

        numerator: float | None | Unset
        if isinstance(self.numerator, Unset):
            numerator = UNSET
        else:
            numerator = self.numerator

        denominator: float | None | Unset
        if isinstance(self.denominator, Unset):
            denominator = UNSET
        else:
            denominator = self.denominator

        annual_report: int | None | Unset
        if isinstance(self.annual_report, Unset):
            annual_report = UNSET
        else:
            annual_report = self.annual_report

        letter: int | None | Unset
        if isinstance(self.letter, Unset):
            letter = UNSET
        else:
            letter = self.letter

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if indicator is not UNSET:
            field_dict["indicator"] = indicator
        if covenant is not UNSET:
            field_dict["covenant"] = covenant
        if value is not UNSET:
            field_dict["value"] = value
        if qualifier is not UNSET:
            field_dict["qualifier"] = qualifier
        if measured_on is not UNSET:
            field_dict["measuredOn"] = measured_on
        if numerator is not UNSET:
            field_dict["numerator"] = numerator
        if denominator is not UNSET:
            field_dict["denominator"] = denominator
        if annual_report is not UNSET:
            field_dict["annualReport"] = annual_report
        if letter is not UNSET:
            field_dict["letter"] = letter
        if source_url is not UNSET:
            field_dict["sourceUrl"] = source_url
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator = d.pop("indicator", UNSET)

        def _parse_covenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        covenant = _parse_covenant(d.pop("covenant", UNSET))

        value = d.pop("value", UNSET)

        def _parse_qualifier(data: object) -> None | Qualifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                qualifier_type_0 = Qualifier(data)

                return qualifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Qualifier | Unset, data)

        qualifier = _parse_qualifier(d.pop("qualifier", UNSET))

        _measured_on = d.pop("measuredOn", UNSET)
        measured_on: datetime.date | Unset
        if isinstance(_measured_on, Unset):
            measured_on = UNSET
        else:
            measured_on = datetime.date.fromisoformat(_measured_on)

        def _parse_numerator(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        numerator = _parse_numerator(d.pop("numerator", UNSET))

        def _parse_denominator(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        denominator = _parse_denominator(d.pop("denominator", UNSET))

        def _parse_annual_report(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        annual_report = _parse_annual_report(d.pop("annualReport", UNSET))

        def _parse_letter(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        letter = _parse_letter(d.pop("letter", UNSET))

        def _parse_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_url = _parse_source_url(d.pop("sourceUrl", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        measurement_patch = cls(
            indicator=indicator,
            covenant=covenant,
            value=value,
            qualifier=qualifier,
            measured_on=measured_on,
            numerator=numerator,
            denominator=denominator,
            annual_report=annual_report,
            letter=letter,
            source_url=source_url,
            note=note,
        )

        measurement_patch.additional_properties = d
        return measurement_patch

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
