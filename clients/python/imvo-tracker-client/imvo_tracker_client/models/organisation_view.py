from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organisation_kind import OrganisationKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organisation_links import OrganisationLinks


T = TypeVar("T", bound="OrganisationView")


@_attrs_define
class OrganisationView:
    """An organisation as the API shows it.

    Attributes:
        id (int): Server-assigned identifier, used in paths and references. Example: 12.
        name (str): The organisation's name. Example: Koninklijke Ahold Delhaize N.V..
        kind (OrganisationKind): What kind of organisation it is.
        country (str): Where it is established (ISO 3166-1 alpha-2). Example: NL.
        created_at (datetime.datetime): When the organisation was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When the organisation last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (OrganisationLinks): Links of an organisation.
        kvk_number (None | str | Unset): Its KvK number, if known. Example: 35000363.
        website (None | str | Unset): Its website. Example: https://www.aholddelhaize.com.
        source (None | str | Unset): Where these facts come from. Example: Handelsregister KvK, uittreksel 2018.
    """

    id: int
    name: str
    kind: OrganisationKind
    country: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: OrganisationLinks
    kvk_number: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind.value

        country = self.country

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        kvk_number: None | str | Unset
        if isinstance(self.kvk_number, Unset):
            kvk_number = UNSET
        else:
            kvk_number = self.kvk_number

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

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
                "name": name,
                "kind": kind,
                "country": country,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if kvk_number is not UNSET:
            field_dict["kvkNumber"] = kvk_number
        if website is not UNSET:
            field_dict["website"] = website
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organisation_links import OrganisationLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = OrganisationKind(d.pop("kind"))

        country = d.pop("country")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = OrganisationLinks.from_dict(d.pop("_links"))

        def _parse_kvk_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kvk_number = _parse_kvk_number(d.pop("kvkNumber", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        organisation_view = cls(
            id=id,
            name=name,
            kind=kind,
            country=country,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            kvk_number=kvk_number,
            website=website,
            source=source,
        )

        organisation_view.additional_properties = d
        return organisation_view

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
