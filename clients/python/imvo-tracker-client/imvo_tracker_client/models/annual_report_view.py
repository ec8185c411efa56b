from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annual_report_links import AnnualReportLinks


T = TypeVar("T", bound="AnnualReportView")


@_attrs_define
class AnnualReportView:
    """An annual report as the API shows it.

    Attributes:
        id (int): Identifier of the report in this API. Example: 1.
        covenant (str): Code of the covenant that published it. Example: banking.
        reporting_year (int): The year it covers. Example: 2017.
        published_on (datetime.date): When it was published. Example: 2018-08-09.
        title (str): Its title.
        created_at (datetime.datetime): When the report was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When the report last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (AnnualReportLinks): Links of an annual report.
        url (None | str | Unset): Where it is published.
        summary (None | str | Unset): What it reports.
        source (None | str | Unset): Where these facts come from.
    """

    id: int
    covenant: str
    reporting_year: int
    published_on: datetime.date
    title: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: AnnualReportLinks
    url: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        covenant = self.covenant

        reporting_year = self.reporting_year

        published_on = self.published_on.isoformat()

        title = self.title

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

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
                "id": id,
                "covenant": covenant,
                "reportingYear": reporting_year,
                "publishedOn": published_on,
                "title": title,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
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
        from ..models.annual_report_links import AnnualReportLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        covenant = d.pop("covenant")

        reporting_year = d.pop("reportingYear")

        published_on = datetime.date.fromisoformat(d.pop("publishedOn"))

        title = d.pop("title")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = AnnualReportLinks.from_dict(d.pop("_links"))

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

        annual_report_view = cls(
            id=id,
            covenant=covenant,
            reporting_year=reporting_year,
            published_on=published_on,
            title=title,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            url=url,
            summary=summary,
            source=source,
        )

        annual_report_view.additional_properties = d
        return annual_report_view

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
