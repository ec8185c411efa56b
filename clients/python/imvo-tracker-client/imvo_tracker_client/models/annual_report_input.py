from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnualReportInput")


@_attrs_define
class AnnualReportInput:
    """What a client writes: the body of `POST /v1/annual-reports` and
    `PUT /v1/annual-reports/{id}`, and what a merge patch applies to.

        Example:
            {'covenant': 'banking', 'reportingYear': 2018, 'publishedOn': '2019-07-01', 'title': 'Tweede jaarrapportage
                IMVO-convenant van de bancaire sector', 'url': 'https://www.imvoconvenanten.nl/banken', 'summary': "The second
                year: the banks report on their due diligence and on the working groups' results.", 'source': 'Jaarrapportage
                IMVO-convenant bancaire sector 2018'}

        Attributes:
            covenant (str): Code of the covenant that published the report. One report per
                covenant and reporting year. Example: banking.
            reporting_year (int): The year the report covers. Example: 2017.
            published_on (datetime.date): When it was published; not before the reporting year began. Example: 2018-08-09.
            title (str): Its title. Example: Eerste jaarrapportage Convenant Duurzaam Bankwezen.
            url (None | str | Unset): Where it is published. Example: https://www.imvoconvenanten.nl/banken.
            summary (None | str | Unset): What it reports, in a few sentences. Example: The first year: working groups on
                value chain, leverage and remedy started..
            source (None | str | Unset): Where these facts come from. Example: Kamerbrief 13 november 2018.
    """

    covenant: str
    reporting_year: int
    published_on: datetime.date
    title: str
    url: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        covenant = self.covenant

        reporting_year = self.reporting_year

        published_on = self.published_on.isoformat()

        title = self.title

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
                "covenant": covenant,
                "reportingYear": reporting_year,
                "publishedOn": published_on,
                "title": title,
            }
        )
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
        covenant = d.pop("covenant")

        reporting_year = d.pop("reportingYear")

        published_on = datetime.date.fromisoformat(d.pop("publishedOn"))

        title = d.pop("title")

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

        annual_report_input = cls(
            covenant=covenant,
            reporting_year=reporting_year,
            published_on=published_on,
            title=title,
            url=url,
            summary=summary,
            source=source,
        )

        annual_report_input.additional_properties = d
        return annual_report_input

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
