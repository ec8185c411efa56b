from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_resource_type import WebhookResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscriptionPatch")


@_attrs_define
class WebhookSubscriptionPatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            url (str | Unset): Where to send the changes: an `https` URL on a public address.
                Deliveries are `POST`ed to it; redirects are not followed. Example: https://ngo.example.org/hooks/imvo.
            resource_types (list[WebhookResourceType] | None | Unset): The kinds of resource whose changes to send (the
                change feed's
                `resourceType`); empty or left out: every kind. Example: ['covenant', 'participation'].
            secret (str | Unset): The signing secret, as Standard Webhooks writes it: `whsec_` and the
                base64 of 24 to 64 random bytes. Deliveries are signed with it
                (`webhook-signature`). It is never shown again; to change it, write
                a new one. Example: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw.
            enabled (bool | None | Unset): `false` pauses deliveries: while paused nothing is sent or queued.
                Setting it to `true` again re-enables a subscription that was
                disabled after failures; the deliveries given up then are tried again. Default: True. Example: True.
    """

    url: str | Unset = UNSET
    resource_types: list[WebhookResourceType] | None | Unset = UNSET
    secret: str | Unset = UNSET
    enabled: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        resource_types: list[str] | None | Unset
        if isinstance(self.resource_types, Unset):
            resource_types = UNSET
        elif isinstance(self.resource_types, list):
            resource_types = []
            for resource_types_type_0_item_data in self.resource_types:
                resource_types_type_0_item = resource_types_type_0_item_data.value
                resource_types.append(resource_types_type_0_item)

        else:
            resource_types = self.resource_types

        secret = self.secret

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if resource_types is not UNSET:
            field_dict["resourceTypes"] = resource_types
        if secret is not UNSET:
            field_dict["secret"] = secret
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        def _parse_resource_types(data: object) -> list[WebhookResourceType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                resource_types_type_0 = []
                _resource_types_type_0 = data
                for resource_types_type_0_item_data in _resource_types_type_0:
                    resource_types_type_0_item = WebhookResourceType(resource_types_type_0_item_data)

                    resource_types_type_0.append(resource_types_type_0_item)

                return resource_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WebhookResourceType] | None | Unset, data)

        resource_types = _parse_resource_types(d.pop("resourceTypes", UNSET))

        secret = d.pop("secret", UNSET)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        webhook_subscription_patch = cls(
            url=url,
            resource_types=resource_types,
            secret=secret,
            enabled=enabled,
        )

        webhook_subscription_patch.additional_properties = d
        return webhook_subscription_patch

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
