from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LetterInput")


@_attrs_define
class LetterInput:
    """What a client writes: the body of `POST /v1/letters` and
    `PUT /v1/letters/{id}`, and what a merge patch applies to.

        Example:
            {'sentOn': '2019-10-04', 'subject': 'Voortgang IMVO-convenanten', 'minister': 'Minister voor Buitenlandse Handel
                en Ontwikkelingssamenwerking', 'url': 'https://www.tweedekamer.nl/kamerstukken/brieven_regering', 'source':
                'Tweede Kamer, officiële publicaties'}

        Attributes:
            sent_on (datetime.date): The date of the letter. Example: 2017-09-28.
            subject (str): Its subject, as the letter states it. Example: Voortgang IMVO-convenanten.
            reference (None | str | Unset): The ministry's reference, unique when given. Example: Minbuza 2017.1027644.
            kamerstuk (None | str | Unset): The Kamerstuk under which the letter was published, as written. Example:
                Kamerstuk 26 485, nr. 291.
            minister (None | str | Unset): The minister who sent it; left out when the source does not say (a
                letter known only because another cites it, say). Example: Minister voor Buitenlandse Handel en
                Ontwikkelingssamenwerking.
            url (None | str | Unset): Where the letter is published. Example:
                https://www.tweedekamer.nl/kamerstukken/brieven_regering.
            source (None | str | Unset): Where these facts come from, when not the letter itself. Example: Tweede Kamer,
                officiële publicaties.
    """

    sent_on: datetime.date
    subject: str
    reference: None | str | Unset = UNSET
    kamerstuk: None | str | Unset = UNSET
    minister: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent_on = self.sent_on.isoformat()

        subject = self.subject

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        kamerstuk: None | str | Unset
        if isinstance(self.kamerstuk, Unset):
            kamerstuk = UNSET
        else:
            kamerstuk = self.kamerstuk

        minister: None | str | Unset
        if isinstance(self.minister, Unset):
            minister = UNSET
        else:
            minister = self.minister

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sentOn": sent_on,
                "subject": subject,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if kamerstuk is not UNSET:
            field_dict["kamerstuk"] = kamerstuk
        if minister is not UNSET:
            field_dict["minister"] = minister
        if url is not UNSET:
            field_dict["url"] = url
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent_on = datetime.date.fromisoformat(d.pop("sentOn"))

        subject = d.pop("subject")

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_kamerstuk(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kamerstuk = _parse_kamerstuk(d.pop("kamerstuk", UNSET))

        def _parse_minister(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minister = _parse_minister(d.pop("minister", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        letter_input = cls(
            sent_on=sent_on,
            subject=subject,
            reference=reference,
            kamerstuk=kamerstuk,
            minister=minister,
            url=url,
            source=source,
        )

        letter_input.additional_properties = d
        return letter_input

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
