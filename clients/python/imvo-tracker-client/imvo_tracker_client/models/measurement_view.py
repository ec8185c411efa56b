from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.figure_scope import FigureScope
from ..models.qualifier import Qualifier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measurement_links import MeasurementLinks


T = TypeVar("T", bound="MeasurementView")


@_attrs_define
class MeasurementView:
    """A measurement as the API shows it.

    Attributes:
        id (int): Identifier of the measurement in this API. Example: 1.
        indicator (str): Code of the indicator measured. Example: market-coverage.
        scope (FigureScope): Whether a figure is about one covenant or the whole country.
        value (float): The value. Example: 0.45.
        qualifier (Qualifier): How a value relates to the figure its source gives: sources say "circa",
            "meer dan" or "minimaal", and a value stored without that would claim a
            precision the source does not.
        measured_on (datetime.date): The date the value applies to. Example: 2018-06-30.
        created_at (datetime.datetime): When the measurement was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When it last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (MeasurementLinks): Links of a measurement.
        covenant (None | str | Unset): Code of the covenant measured (`null` for a national figure). Example: textile.
        numerator (float | None | Unset): For a ratio: what was counted.
        denominator (float | None | Unset): For a ratio: out of how many.
        annual_report (int | None | Unset): Source: the annual report that reported it.
        letter (int | None | Unset): Source: the letter that reported it.
        source_url (None | str | Unset): Source: the URL that published it.
        note (None | str | Unset): A remark on the figure.
    """

    id: int
    indicator: str
    scope: FigureScope
    value: float
    qualifier: Qualifier
    measured_on: datetime.date
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: MeasurementLinks
    covenant: None | str | Unset = UNSET
    numerator: float | None | Unset = UNSET
    denominator: float | None | Unset = UNSET
    annual_report: int | None | Unset = UNSET
    letter: int | None | Unset = UNSET
    source_url: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        indicator = self.indicator

        scope = self.scope.value

        value = self.value

        qualifier = self.qualifier.value

        measured_on = self.measured_on.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        covenant: None | str | Unset
        if isinstance(self.covenant, Unset):
            covenant = UNSET
        else:
            covenant = self.covenant

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
        field_dict.update(
            {
                "id": id,
                "indicator": indicator,
                "scope": scope,
                "value": value,
                "qualifier": qualifier,
                "measuredOn": measured_on,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if covenant is not UNSET:
            field_dict["covenant"] = covenant
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
        from ..models.measurement_links import MeasurementLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        indicator = d.pop("indicator")

        scope = FigureScope(d.pop("scope"))

        value = d.pop("value")

        qualifier = Qualifier(d.pop("qualifier"))

        measured_on = datetime.date.fromisoformat(d.pop("measuredOn"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = MeasurementLinks.from_dict(d.pop("_links"))

        def _parse_covenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        covenant = _parse_covenant(d.pop("covenant", UNSET))

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

        measurement_view = cls(
            id=id,
            indicator=indicator,
            scope=scope,
            value=value,
            qualifier=qualifier,
            measured_on=measured_on,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            covenant=covenant,
            numerator=numerator,
            denominator=denominator,
            annual_report=annual_report,
            letter=letter,
            source_url=source_url,
            note=note,
        )

        measurement_view.additional_properties = d
        return measurement_view

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
