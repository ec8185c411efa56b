from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision import DatePrecision
from ..models.ngo_assessment_kind import NgoAssessmentKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="NgoAssessmentInput")


@_attrs_define
class NgoAssessmentInput:
    """What a client writes: the body of `POST /v1/ngo-assessments` and
    `PUT /v1/ngo-assessments/{id}`, and what a merge patch applies to.

        Example:
            {'title': 'Schaduwrapport Convenant Duurzame Kleding en Textiel 2018', 'kind': 'shadowReport', 'author': 'Schone
                Kleren Campagne', 'covenant': 'textile', 'publishedOn': '2018-10-01', 'publishedOnPrecision': 'month',
                'findings': 'Few participating brands disclose what they do about living wages in their supply chains.', 'url':
                'https://schonekleren.nl', 'source': 'Schone Kleren Campagne, schaduwrapport 2018'}

        Attributes:
            title (str): Its title, as published. Example: Real Care is Rare.
            kind (NgoAssessmentKind): What kind of publication it is.
            author (str): The organisations or coalition that published it, as they name
                themselves. Example: Kimberley Process Civil Society Coalition (KP CSC).
            findings (str): What it finds, in a few sentences, as the authors put it. Example: The Kimberley Process only
                intervenes where rough diamonds finance rebels against governments, so diamonds tainted by other violence reach
                the market certified conflict-free..
            source (str): Where these facts come from, quoting it. Example: IPIS, 'Netwerken en platformen', § Kimberley
                Process Civil Society Coalition.
            covenant (None | str | Unset): Code of the covenant it assesses; it is then shown with the
                covenant's progress. Give `covenant`, `theme` or both. Example: textile.
            theme (None | str | Unset): The theme it assesses, where it is not (only) one covenant. Example: Conflict
                diamonds (Kimberley Process).
            published_on (datetime.date | None | Unset): When it was published, as exactly as known (with
                `publishedOnPrecision` `month` or `year`, the first day of that month
                or year); `null` when the source does not say. Example: 2017-11-01.
            published_on_precision (DatePrecision | None | Unset):
            url (None | str | Unset): Where it can be read. Example: https://ipisresearch.be.
    """

    title: str
    kind: NgoAssessmentKind
    author: str
    findings: str
    source: str
    covenant: None | str | Unset = UNSET
    theme: None | str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    published_on_precision: DatePrecision | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        kind = self.kind.value

        author = self.author

        findings = self.findings

        source = self.source

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
                "title": title,
                "kind": kind,
                "author": author,
                "findings": findings,
                "source": source,
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
        d = dict(src_dict)
        title = d.pop("title")

        kind = NgoAssessmentKind(d.pop("kind"))

        author = d.pop("author")

        findings = d.pop("findings")

        source = d.pop("source")

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

        ngo_assessment_input = cls(
            title=title,
            kind=kind,
            author=author,
            findings=findings,
            source=source,
            covenant=covenant,
            theme=theme,
            published_on=published_on,
            published_on_precision=published_on_precision,
            url=url,
        )

        ngo_assessment_input.additional_properties = d
        return ngo_assessment_input

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
