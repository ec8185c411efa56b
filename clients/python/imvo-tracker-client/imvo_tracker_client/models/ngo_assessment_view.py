from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision import DatePrecision
from ..models.ngo_assessment_kind import NgoAssessmentKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ngo_assessment_links import NgoAssessmentLinks


T = TypeVar("T", bound="NgoAssessmentView")


@_attrs_define
class NgoAssessmentView:
    """An NGO assessment as the API shows it.

    Attributes:
        id (int): Identifier of the assessment in this API. Example: 1.
        title (str): Its title, as published. Example: Real Care is Rare.
        kind (NgoAssessmentKind): What kind of publication it is.
        author (str): Who published it. Example: Kimberley Process Civil Society Coalition (KP CSC).
        findings (str): What it finds, as the authors put it.
        source (str): Where these facts come from.
        created_at (datetime.datetime): When it was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When it last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (NgoAssessmentLinks): Links of an NGO assessment.
        covenant (None | str | Unset): Code of the covenant it assesses, if it assesses one. Example: textile.
        theme (None | str | Unset): The theme it assesses. Example: Conflict diamonds (Kimberley Process).
        published_on (datetime.date | None | Unset): When it was published, as exactly as `publishedOnPrecision` says;
            `null` when not known. Example: 2017-11-01.
        published_on_precision (DatePrecision | None | Unset):
        url (None | str | Unset): Where it can be read.
    """

    id: int
    title: str
    kind: NgoAssessmentKind
    author: str
    findings: str
    source: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: NgoAssessmentLinks
    covenant: None | str | Unset = UNSET
    theme: None | str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    published_on_precision: DatePrecision | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        kind = self.kind.value

        author = self.author

        findings = self.findings

        source = self.source

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        covenant: None | str | Unset
        if isinstance(self.covenant, Unset):
            covenant = UNSET
        else:
            covenant = self.covenant

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "kind": kind,
                "author": author,
                "findings": findings,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if covenant is not UNSET:
            field_dict["covenant"] = covenant
        if theme is not UNSET:
            field_dict["theme"] = theme
        if published_on is not UNSET:
            field_dict["publishedOn"] = published_on
        if published_on_precision is not UNSET:
            field_dict["publishedOnPrecision"] = published_on_precision
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ngo_assessment_links import NgoAssessmentLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        kind = NgoAssessmentKind(d.pop("kind"))

        author = d.pop("author")

        findings = d.pop("findings")

        source = d.pop("source")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = NgoAssessmentLinks.from_dict(d.pop("_links"))

        def _parse_covenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        covenant = _parse_covenant(d.pop("covenant", UNSET))

        def _parse_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme = _parse_theme(d.pop("theme", UNSET))

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

        ngo_assessment_view = cls(
            id=id,
            title=title,
            kind=kind,
            author=author,
            findings=findings,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            covenant=covenant,
            theme=theme,
            published_on=published_on,
            published_on_precision=published_on_precision,
            url=url,
        )

        ngo_assessment_view.additional_properties = d
        return ngo_assessment_view

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
