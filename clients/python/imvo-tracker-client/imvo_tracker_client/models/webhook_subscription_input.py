from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_resource_type import WebhookResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscriptionInput")


@_attrs_define
class WebhookSubscriptionInput:
    """What a client writes: the body of `POST /v1/webhook-subscriptions` and
    `PUT /v1/webhook-subscriptions/{id}`, and what a merge patch applies to.

        Example:
            {'url': 'https://ngo.example.org/hooks/imvo', 'resourceTypes': ['covenant', 'participation'], 'secret':
                'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'}

        Attributes:
            url (str): Where to send the changes: an `https` URL on a public address.
                Deliveries are `POST`ed to it; redirects are not followed. Example: https://ngo.example.org/hooks/imvo.
            secret (str): The signing secret, as Standard Webhooks writes it: `whsec_` and the
                base64 of 24 to 64 random bytes. Deliveries are signed with it
                (`webhook-signature`). It is never shown again; to change it, write
                a new one. Example: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw.
            resource_types (list[WebhookResourceType] | Unset): The kinds of resource whose changes to send (the change
                feed's
                `resourceType`); empty or left out: every kind. Example: ['covenant', 'participation'].
            enabled (bool | Unset): `false` pauses deliveries: while paused nothing is sent or queued.
                Setting it to `true` again re-enables a subscription that was
                disabled after failures; the deliveries given up then are tried again. Default: True. Example: True.
    """

    url: str
    secret: str
    resource_types: list[WebhookResourceType] | Unset = UNSET
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        secret = self.secret

        resource_types: list[str] | Unset = UNSET
        if not isinstance(self.resource_types, Unset):
            resource_types = []
            for resource_types_item_data in self.resource_types:
                resource_types_item = resource_types_item_data.value
                resource_types.append(resource_types_item)

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "secret": secret,
            }
        )
        if resource_types is not UNSET:
            field_dict["resourceTypes"] = resource_types
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        secret = d.pop("secret")

        _resource_types = d.pop("resourceTypes", UNSET)
        resource_types: list[WebhookResourceType] | Unset = UNSET
        if _resource_types is not UNSET:
            resource_types = []
            for resource_types_item_data in _resource_types:
                resource_types_item = WebhookResourceType(resource_types_item_data)

                resource_types.append(resource_types_item)

        enabled = d.pop("enabled", UNSET)

        webhook_subscription_input = cls(
            url=url,
            secret=secret,
            resource_types=resource_types,
            enabled=enabled,
        )

        webhook_subscription_input.additional_properties = d
        return webhook_subscription_input

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
