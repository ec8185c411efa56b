from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_resource_type import WebhookResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_subscription_links import WebhookSubscriptionLinks


T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    """A webhook subscription as the API shows it (never its secret).

    Attributes:
        id (int): Identifier of the subscription. Example: 1.
        url (str): Where the changes are sent. Example: https://ngo.example.org/hooks/imvo.
        resource_types (list[WebhookResourceType]): The kinds of resource whose changes are sent; empty: every kind.
        enabled (bool): Whether changes are sent. `false` when paused by its owner or
            disabled after failures (then `disabledReason` says why).
        owner (str): The token subject that made it: the one who may see and change it
            (besides admins). Example: ngo-monitor.
        version (int): 1 when created, one more at every change. Example: 1.
        created_at (datetime.datetime): When it was made (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When it last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (WebhookSubscriptionLinks): Links of a webhook subscription.
        disabled_reason (None | str | Unset): Why the service disabled the subscription; `null` while enabled or
            when paused by its owner.
        disabled_at (datetime.datetime | None | Unset): When the service disabled it (UTC).
    """

    id: int
    url: str
    resource_types: list[WebhookResourceType]
    enabled: bool
    owner: str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: WebhookSubscriptionLinks
    disabled_reason: None | str | Unset = UNSET
    disabled_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        resource_types = []
        for resource_types_item_data in self.resource_types:
            resource_types_item = resource_types_item_data.value
            resource_types.append(resource_types_item)

        enabled = self.enabled

        owner = self.owner

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        disabled_reason: None | str | Unset
        if isinstance(self.disabled_reason, Unset):
            disabled_reason = UNSET
        else:
            disabled_reason = self.disabled_reason

        disabled_at: None | str | Unset
        if isinstance(self.disabled_at, Unset):
            disabled_at = UNSET
        elif isinstance(self.disabled_at, datetime.datetime):
            disabled_at = self.disabled_at.isoformat()
        else:
            disabled_at = self.disabled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "resourceTypes": resource_types,
                "enabled": enabled,
                "owner": owner,
                "version": version,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if disabled_reason is not UNSET:
            field_dict["disabledReason"] = disabled_reason
        if disabled_at is not UNSET:
            field_dict["disabledAt"] = disabled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_subscription_links import WebhookSubscriptionLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        resource_types = []
        _resource_types = d.pop("resourceTypes")
        for resource_types_item_data in _resource_types:
            resource_types_item = WebhookResourceType(resource_types_item_data)

            resource_types.append(resource_types_item)

        enabled = d.pop("enabled")

        owner = d.pop("owner")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = WebhookSubscriptionLinks.from_dict(d.pop("_links"))

        def _parse_disabled_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disabled_reason = _parse_disabled_reason(d.pop("disabledReason", UNSET))

        def _parse_disabled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_at_type_0 = datetime.datetime.fromisoformat(data)

                return disabled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        disabled_at = _parse_disabled_at(d.pop("disabledAt", UNSET))

        webhook_subscription = cls(
            id=id,
            url=url,
            resource_types=resource_types,
            enabled=enabled,
            owner=owner,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            disabled_reason=disabled_reason,
            disabled_at=disabled_at,
        )

        webhook_subscription.additional_properties = d
        return webhook_subscription

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
