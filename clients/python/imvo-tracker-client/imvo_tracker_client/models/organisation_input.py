from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..models.organisation_kind import OrganisationKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationInput")


@_attrs_define
class OrganisationInput:
    """What a client writes: the body of `POST /v1/organisations` and
    `PUT /v1/organisations/{id}`, and what a merge patch applies to.

        Example:
            {'name': 'Koninklijke Ahold Delhaize N.V.', 'kind': 'company', 'kvkNumber': '35000363', 'country': 'NL',
                'website': 'https://www.aholddelhaize.com', 'source': 'Handelsregister KvK, uittreksel 2018'}

        Attributes:
            name (str): The organisation's name, as it calls itself. Example: Koninklijke Ahold Delhaize N.V..
            kind (OrganisationKind): What kind of organisation it is.
            country (CountryCode): A country: an officially assigned ISO 3166-1 alpha-2 code, in capitals.
            kvk_number (None | str | Unset): Its number in the Dutch trade register (KvK): exactly 8 digits, and
                no two organisations share one. Example: 35000363.
            website (None | str | Unset): Its website. Example: https://www.aholddelhaize.com.
            source (None | str | Unset): Where these facts come from. Example: Handelsregister KvK, uittreksel 2018.
    """

    name: str
    kind: OrganisationKind
    country: CountryCode
    kvk_number: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        country = self.country.value

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
                "name": name,
                "kind": kind,
                "country": country,
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
        d = dict(src_dict)
        name = d.pop("name")

        kind = OrganisationKind(d.pop("kind"))

        country = CountryCode(d.pop("country"))

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

        organisation_input = cls(
            name=name,
            kind=kind,
            country=country,
            kvk_number=kvk_number,
            website=website,
            source=source,
        )

        organisation_input.additional_properties = d
        return organisation_input

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
