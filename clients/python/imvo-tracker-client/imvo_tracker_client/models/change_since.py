from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.change_since_links import ChangeSinceLinks


T = TypeVar("T", bound="ChangeSince")


@_attrs_define
class ChangeSince:
    """One change since publication to the kinds of records a figure reads.

    Attributes:
        resource_type (str): The kind of record, as in the change feed. Example: participation.
        resource_id (str): Its key, as in the change feed. Example: 12.
        action (str): `create`, `update` or `delete`. Example: update.
        changed_at (datetime.datetime): When it was made (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (ChangeSinceLinks): Links of a change since publication.
    """

    resource_type: str
    resource_id: str
    action: str
    changed_at: datetime.datetime
    field_links: ChangeSinceLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        resource_id = self.resource_id

        action = self.action

        changed_at = self.changed_at.isoformat()

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceType": resource_type,
                "resourceId": resource_id,
                "action": action,
                "changedAt": changed_at,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_since_links import ChangeSinceLinks  # noqa: PLC0415

        d = dict(src_dict)
        resource_type = d.pop("resourceType")

        resource_id = d.pop("resourceId")

        action = d.pop("action")

        changed_at = datetime.datetime.fromisoformat(d.pop("changedAt"))

        field_links = ChangeSinceLinks.from_dict(d.pop("_links"))

        change_since = cls(
            resource_type=resource_type,
            resource_id=resource_id,
            action=action,
            changed_at=changed_at,
            field_links=field_links,
        )

        change_since.additional_properties = d
        return change_since

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
