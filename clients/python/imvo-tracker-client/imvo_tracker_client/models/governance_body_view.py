from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.governance_body_kind import GovernanceBodyKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.governance_body_links import GovernanceBodyLinks


T = TypeVar("T", bound="GovernanceBodyView")


@_attrs_define
class GovernanceBodyView:
    """A governance body as the API shows it.

    Attributes:
        id (int): Identifier of the body in this API. Example: 1.
        covenant (str): Code of the covenant it governs. Example: textile.
        kind (GovernanceBodyKind): What role the body has in the covenant.
        name (str): Its name, as the source gives it. Example: Stuurgroep.
        duties (str): What it does, as the source says it.
        source (str): Where these facts come from.
        created_at (datetime.datetime): When it was recorded (UTC). Example: 2026-12-01T10:15:00.000Z.
        updated_at (datetime.datetime): When it last changed (UTC). Example: 2026-12-01T10:15:00.000Z.
        field_links (GovernanceBodyLinks): Links of a governance body.
        members_as_stated (None | str | Unset): Who sits in it, in the source's words; `null` when not known. Example:
            De overheid, beside the other covenant parties.
        url (None | str | Unset): Where more can be read about it.
    """

    id: int
    covenant: str
    kind: GovernanceBodyKind
    name: str
    duties: str
    source: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: GovernanceBodyLinks
    members_as_stated: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        covenant = self.covenant

        kind = self.kind.value

        name = self.name

        duties = self.duties

        source = self.source

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        members_as_stated: None | str | Unset
        if isinstance(self.members_as_stated, Unset):
            members_as_stated = UNSET
        else:
            members_as_stated = self.members_as_stated

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
                "covenant": covenant,
                "kind": kind,
                "name": name,
                "duties": duties,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if members_as_stated is not UNSET:
            field_dict["membersAsStated"] = members_as_stated
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.governance_body_links import GovernanceBodyLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        covenant = d.pop("covenant")

        kind = GovernanceBodyKind(d.pop("kind"))

        name = d.pop("name")

        duties = d.pop("duties")

        source = d.pop("source")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = GovernanceBodyLinks.from_dict(d.pop("_links"))

        def _parse_members_as_stated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        members_as_stated = _parse_members_as_stated(d.pop("membersAsStated", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        governance_body_view = cls(
            id=id,
            covenant=covenant,
            kind=kind,
            name=name,
            duties=duties,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            members_as_stated=members_as_stated,
            url=url,
        )

        governance_body_view.additional_properties = d
        return governance_body_view

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
