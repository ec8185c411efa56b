from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="RemedyMechanismLinks")


@_attrs_define
class RemedyMechanismLinks:
    """Links of a remedy mechanism.

    Attributes:
        self_ (Link): A hyperlink (HAL style).
        covenant (Link | None | Unset):
        programme (Link | None | Unset):
    """

    self_: Link
    covenant: Link | None | Unset = UNSET
    programme: Link | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link import Link  # noqa: PLC0415

        self_ = self.self_.to_dict()

        covenant: dict[str, Any] | None | Unset
        if isinstance(self.covenant, Unset):
            covenant = UNSET
        elif isinstance(self.covenant, Link):
            covenant = self.covenant.to_dict()
        else:
            covenant = self.covenant

        programme: dict[str, Any] | None | Unset
        if isinstance(self.programme, Unset):
            programme = UNSET
        elif isinstance(self.programme, Link):
            programme = self.programme.to_dict()
        else:
            programme = self.programme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if covenant is not UNSET:
            field_dict["covenant"] = covenant
        if programme is not UNSET:
            field_dict["programme"] = programme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        self_ = Link.from_dict(d.pop("self"))

        def _parse_covenant(data: object) -> Link | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                covenant_type_0 = Link.from_dict(data)

                return covenant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None | Unset, data)

        covenant = _parse_covenant(d.pop("covenant", UNSET))

        def _parse_programme(data: object) -> Link | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                programme_type_0 = Link.from_dict(data)

                return programme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Link | None | Unset, data)

        programme = _parse_programme(d.pop("programme", UNSET))

        remedy_mechanism_links = cls(
            self_=self_,
            covenant=covenant,
            programme=programme,
        )

        remedy_mechanism_links.additional_properties = d
        return remedy_mechanism_links

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
