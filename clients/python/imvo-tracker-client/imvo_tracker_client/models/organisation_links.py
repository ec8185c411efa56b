from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="OrganisationLinks")


@_attrs_define
class OrganisationLinks:
    """Links of an organisation.

    Attributes:
        self_ (Link): A hyperlink (HAL style).
        participations (Link): A hyperlink (HAL style).
        size_facts (Link): A hyperlink (HAL style).
        oecd_endorsements (Link): A hyperlink (HAL style).
    """

    self_: Link
    participations: Link
    size_facts: Link
    oecd_endorsements: Link
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_.to_dict()

        participations = self.participations.to_dict()

        size_facts = self.size_facts.to_dict()

        oecd_endorsements = self.oecd_endorsements.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "participations": participations,
                "sizeFacts": size_facts,
                "oecdEndorsements": oecd_endorsements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        self_ = Link.from_dict(d.pop("self"))

        participations = Link.from_dict(d.pop("participations"))

        size_facts = Link.from_dict(d.pop("sizeFacts"))

        oecd_endorsements = Link.from_dict(d.pop("oecdEndorsements"))

        organisation_links = cls(
            self_=self_,
            participations=participations,
            size_facts=size_facts,
            oecd_endorsements=oecd_endorsements,
        )

        organisation_links.additional_properties = d
        return organisation_links

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
