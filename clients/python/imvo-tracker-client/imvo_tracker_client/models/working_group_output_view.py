from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision import DatePrecision
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.working_group_output_links import WorkingGroupOutputLinks


T = TypeVar("T", bound="WorkingGroupOutputView")


@_attrs_define
class WorkingGroupOutputView:
    """An output of a working group as the API shows it.

    Attributes:
        id (int): Server-assigned identifier of the output. Example: 3.
        working_group (int): Id of the working group that published it. Example: 7.
        title (str): Its title. Example: Analyse van de cacaowaardeketen.
        created_at (datetime.datetime): When the output was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When the output last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (WorkingGroupOutputLinks): Links of an output.
        published_on (datetime.date | None | Unset): When it was published, as exactly as `publishedOnPrecision` says
            (with `month` or `year`, the first day of that month or year);
            `null` when it is not known. Example: 2018-08-09.
        published_on_precision (DatePrecision | None | Unset):
        url (None | str | Unset): Where it can be read. Example: https://www.imvoconvenanten.nl/banking/cacao.
        summary (None | str | Unset): What it found or recommends.
        source (None | str | Unset): Where these facts come from. Example: Kamerbrief 13 november 2018 'Voortgang IMVO-
            beleid'.
    """

    id: int
    working_group: int
    title: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: WorkingGroupOutputLinks
    published_on: datetime.date | None | Unset = UNSET
    published_on_precision: DatePrecision | None | Unset = UNSET
    url: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        working_group = self.working_group

        title = self.title

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

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
                "id": id,
                "workingGroup": working_group,
                "title": title,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
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
        from ..models.working_group_output_links import WorkingGroupOutputLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        working_group = d.pop("workingGroup")

        title = d.pop("title")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = WorkingGroupOutputLinks.from_dict(d.pop("_links"))

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

        working_group_output_view = cls(
            id=id,
            working_group=working_group,
            title=title,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            published_on=published_on,
            published_on_precision=published_on_precision,
            url=url,
            summary=summary,
            source=source,
        )

        working_group_output_view.additional_properties = d
        return working_group_output_view

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
