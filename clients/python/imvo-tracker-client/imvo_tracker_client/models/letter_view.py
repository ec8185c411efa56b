from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.letter_links import LetterLinks


T = TypeVar("T", bound="LetterView")


@_attrs_define
class LetterView:
    """A parliamentary letter as the API shows it.

    Attributes:
        id (int): Identifier of the letter in this API. Example: 1.
        sent_on (datetime.date): The date of the letter. Example: 2017-09-28.
        subject (str): Its subject. Example: Voortgang IMVO-convenanten.
        created_at (datetime.datetime): When the letter was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When the letter last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (LetterLinks): Links of a letter.
        reference (None | str | Unset): The ministry's reference. Example: Minbuza 2017.1027644.
        kamerstuk (None | str | Unset): The Kamerstuk it was published as. Example: Kamerstuk 26 485, nr. 291.
        minister (None | str | Unset): The minister who sent it; `null` when the source does not say. Example: Minister
            voor Buitenlandse Handel en Ontwikkelingssamenwerking.
        url (None | str | Unset): Where the letter is published.
        source (None | str | Unset): Where these facts come from.
    """

    id: int
    sent_on: datetime.date
    subject: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: LetterLinks
    reference: None | str | Unset = UNSET
    kamerstuk: None | str | Unset = UNSET
    minister: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sent_on = self.sent_on.isoformat()

        subject = self.subject

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

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
                "id": id,
                "sentOn": sent_on,
                "subject": subject,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
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
        from ..models.letter_links import LetterLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        sent_on = datetime.date.fromisoformat(d.pop("sentOn"))

        subject = d.pop("subject")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = LetterLinks.from_dict(d.pop("_links"))

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

        letter_view = cls(
            id=id,
            sent_on=sent_on,
            subject=subject,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            reference=reference,
            kamerstuk=kamerstuk,
            minister=minister,
            url=url,
            source=source,
        )

        letter_view.additional_properties = d
        return letter_view

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
