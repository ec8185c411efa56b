from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision import DatePrecision
from ..models.ngo_assessment_kind import NgoAssessmentKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="NgoAssessmentPatch")


@_attrs_define
class NgoAssessmentPatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            title (str | Unset): Its title, as published. Example: Real Care is Rare.
            kind (NgoAssessmentKind | Unset): What kind of publication it is.
            author (str | Unset): The organisations or coalition that published it, as they name
                themselves. Example: Kimberley Process Civil Society Coalition (KP CSC).
            covenant (None | str | Unset): Code of the covenant it assesses; it is then shown with the
                covenant's progress. Give `covenant`, `theme` or both. Example: textile.
            theme (None | str | Unset): The theme it assesses, where it is not (only) one covenant. Example: Conflict
                diamonds (Kimberley Process).
            published_on (datetime.date | None | Unset): When it was published, as exactly as known (with
                `publishedOnPrecision` `month` or `year`, the first day of that month
                or year); `null` when the source does not say. Example: 2017-11-01.
            published_on_precision (DatePrecision | None | Unset):
            findings (str | Unset): What it finds, in a few sentences, as the authors put it. Example: The Kimberley Process
                only intervenes where rough diamonds finance rebels against governments, so diamonds tainted by other violence
                reach the market certified conflict-free..
            url (None | str | Unset): Where it can be read. Example: https://ipisresearch.be.
            source (str | Unset): Where these facts come from, quoting it. Example: IPIS, 'Netwerken en platformen', §
                Kimberley Process Civil Society Coalition.
    """

    title: str | Unset = UNSET
    kind: NgoAssessmentKind | Unset = UNSET
    author: str | Unset = UNSET
    covenant: None | str | Unset = UNSET
    theme: None | str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    published_on_precision: DatePrecision | None | Unset = UNSET
    findings: str | Unset = UNSET
    url: None | str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        author = self.author

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

        findings = self.findings

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if kind is not UNSET:
            field_dict["kind"] = kind
        if author is not UNSET:
            field_dict["author"] = author
        if covenant is not UNSET:
            field_dict["covenant"] = covenant
        if theme is not UNSET:
            field_dict["theme"] = theme
        if published_on is not UNSET:
            field_dict["publishedOn"] = published_on
        if published_on_precision is not UNSET:
            field_dict["publishedOnPrecision"] = published_on_precision
        if findings is not UNSET:
            field_dict["findings"] = findings
        if url is not UNSET:
            field_dict["url"] = url
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: NgoAssessmentKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = NgoAssessmentKind(_kind)

        author = d.pop("author", UNSET)

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

        findings = d.pop("findings", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        source = d.pop("source", UNSET)

        ngo_assessment_patch = cls(
            title=title,
            kind=kind,
            author=author,
            covenant=covenant,
            theme=theme,
            published_on=published_on,
            published_on_precision=published_on_precision,
            findings=findings,
            url=url,
            source=source,
        )

        ngo_assessment_patch.additional_properties = d
        return ngo_assessment_patch

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
