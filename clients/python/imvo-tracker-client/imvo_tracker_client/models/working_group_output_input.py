from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision import DatePrecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkingGroupOutputInput")


@_attrs_define
class WorkingGroupOutputInput:
    """What a client writes: the body of
    `POST /v1/working-groups/{id}/outputs` and
    `PUT /v1/working-groups/{id}/outputs/{outputId}`, and what a merge patch
    applies to. The working group is the one in the path.

        Example:
            {'title': 'Handreiking waardeketenanalyse', 'publishedOn': '2019-03-01', 'publishedOnPrecision': 'month', 'url':
                'https://www.imvoconvenanten.nl/bosbouw', 'summary': 'A guide for analysing where in the value chain the largest
                risks lie.', 'source': 'Jaarrapportage Convenant Bosbouw 2018'}

        Attributes:
            title (str): Title of the output, as published. Example: Analyse van de cacaowaardeketen.
            published_on (datetime.date | None | Unset): When it was published, as exactly as it is known: with
                `publishedOnPrecision` `month` or `year`, the first day of that month
                or year. `null` (or left out) when the date is not known: a date is
                never made up, e.g. from the letter that reported the output. Example: 2018-08-09.
            published_on_precision (DatePrecision | None | Unset):
            url (None | str | Unset): Where it can be read. Example: https://www.imvoconvenanten.nl/banking/cacao.
            summary (None | str | Unset): What it found or recommends, in a few sentences. Example: Maps the cocoa value
                chain and where banks have leverage. Three recommendations: better due diligence when financing the cocoa
                sector, better access to finance for small cocoa farmers, and a stronger multi-stakeholder approach to
                sustainable cocoa..
            source (None | str | Unset): Where these facts come from (letter, Kamerstuk, page). Example: Kamerbrief 13
                november 2018 'Voortgang IMVO-beleid'.
    """

    title: str
    published_on: datetime.date | None | Unset = UNSET
    published_on_precision: DatePrecision | None | Unset = UNSET
    url: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        published_on_precision: None | str | Unset
        if isinstance(self.published_on_precision, Unset):
            published_on_precision = UNSET
        elif isinstance(self.published_on_precision, DatePrecision):
            published_on_precision = self.published_on_precision.value
        else:
            published_on_precision = self.published_on_precision

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if published_on is not UNSET:
            field_dict["publishedOn"] = published_on
        if published_on_precision is not UNSET:
            field_dict["publishedOnPrecision"] = published_on_precision
        if url is not UNSET:
            field_dict["url"] = url
        if summary is not UNSET:
            field_dict["summary"] = summary
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("publishedOn", UNSET))

        def _parse_published_on_precision(data: object) -> DatePrecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_precision_type_0 = DatePrecision(data)

                return published_on_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatePrecision | None | Unset, data)

        published_on_precision = _parse_published_on_precision(d.pop("publishedOnPrecision", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        working_group_output_input = cls(
            title=title,
            published_on=published_on,
            published_on_precision=published_on_precision,
            url=url,
            summary=summary,
            source=source,
        )

        working_group_output_input.additional_properties = d
        return working_group_output_input

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
