from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_action import AuditAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.change_links import ChangeLinks
    from ..models.change_view_resource_type_0 import ChangeViewResourceType0


T = TypeVar("T", bound="ChangeView")


@_attrs_define
class ChangeView:
    """One create, update or delete.

    Attributes:
        cursor (str): This change's place in the feed: pass it as `after` to read what
            follows. Opaque, and larger for every later change. Example: 000000000000008a64bb2b62.
        action (AuditAction): What a write did.
        resource_type (str): The kind of resource changed. Example: covenant.
        resource_id (str): The resource's identifier, as in its path. Example: textile.
        version (int): The record's version after the change: 1 when created, one more at
            every update. For a delete, the version that was removed. Example: 2.
        changed_at (datetime.datetime): When the change was made (UTC): taken as its write began, moments
            before it was committed. Feed order is commit order, so two changes
            close together can be listed in the other order of their times. Example: 2026-11-23T10:15:00.000Z.
        field_links (ChangeLinks): Links of a change.
        resource (ChangeViewResourceType0 | None | Unset): The resource as `GET` on its `_links.resource` showed it
            right after
            the change; `null` for a delete (a tombstone: remove your copy).
    """

    cursor: str
    action: AuditAction
    resource_type: str
    resource_id: str
    version: int
    changed_at: datetime.datetime
    field_links: ChangeLinks
    resource: ChangeViewResourceType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.change_view_resource_type_0 import ChangeViewResourceType0  # noqa: PLC0415

        cursor = self.cursor

        action = self.action.value

        resource_type = self.resource_type

        resource_id = self.resource_id

        version = self.version

        changed_at = self.changed_at.isoformat()

        field_links = self.field_links.to_dict()

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, ChangeViewResourceType0):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "action": action,
                "resourceType": resource_type,
                "resourceId": resource_id,
                "version": version,
                "changedAt": changed_at,
                "_links": field_links,
            }
        )
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_links import ChangeLinks  # noqa: PLC0415
        from ..models.change_view_resource_type_0 import ChangeViewResourceType0  # noqa: PLC0415

        d = dict(src_dict)
        cursor = d.pop("cursor")

        action = AuditAction(d.pop("action"))

        resource_type = d.pop("resourceType")

        resource_id = d.pop("resourceId")

        version = d.pop("version")

        changed_at = datetime.datetime.fromisoformat(d.pop("changedAt"))

        field_links = ChangeLinks.from_dict(d.pop("_links"))

        def _parse_resource(data: object) -> ChangeViewResourceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_type_0 = ChangeViewResourceType0.from_dict(data)

                return resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeViewResourceType0 | None | Unset, data)

        resource = _parse_resource(d.pop("resource", UNSET))

        change_view = cls(
            cursor=cursor,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            version=version,
            changed_at=changed_at,
            field_links=field_links,
            resource=resource,
        )

        change_view.additional_properties = d
        return change_view

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
