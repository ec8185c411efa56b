from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_delivery_state import WebhookDeliveryState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_attempt import WebhookAttempt


T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """One change sent (or to be sent) to a subscription.

    Attributes:
        id (int): Identifier of the delivery. Example: 7.
        webhook_id (str): The `webhook-id` header it is sent with: the change's feed cursor,
            the same on every attempt. Example: 000000000000008a64bb2b62.
        event_type (str): The `type` of the message, e.g. `covenant.updated`. Example: covenant.updated.
        resource_type (str): The kind of resource changed. Example: covenant.
        resource_id (str): The resource's identifier, as in its path. Example: textile.
        version (int): The record's version after the change. Example: 2.
        state (WebhookDeliveryState): Where a delivery stands.
        attempt_count (int): Attempts made so far. Example: 1.
        created_at (datetime.datetime): When it was queued, with the change (UTC). Example: 2026-11-23T10:15:00.000Z.
        attempts (list[WebhookAttempt]): Every attempt, oldest first.
        next_attempt_at (datetime.datetime | None | Unset): When it will be tried next (UTC); `null` unless pending. A
            pending
            delivery also waits for the earlier ones of the same resource. Example: 2026-11-23T10:15:05.000Z.
        delivered_at (datetime.datetime | None | Unset): When the target accepted it (UTC).
    """

    id: int
    webhook_id: str
    event_type: str
    resource_type: str
    resource_id: str
    version: int
    state: WebhookDeliveryState
    attempt_count: int
    created_at: datetime.datetime
    attempts: list[WebhookAttempt]
    next_attempt_at: datetime.datetime | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        webhook_id = self.webhook_id

        event_type = self.event_type

        resource_type = self.resource_type

        resource_id = self.resource_id

        version = self.version

        state = self.state.value

        attempt_count = self.attempt_count

        created_at = self.created_at.isoformat()

        attempts = []
        for attempts_item_data in self.attempts:
            attempts_item = attempts_item_data.to_dict()
            attempts.append(attempts_item)

        next_attempt_at: None | str | Unset
        if isinstance(self.next_attempt_at, Unset):
            next_attempt_at = UNSET
        elif isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "webhookId": webhook_id,
                "eventType": event_type,
                "resourceType": resource_type,
                "resourceId": resource_id,
                "version": version,
                "state": state,
                "attemptCount": attempt_count,
                "createdAt": created_at,
                "attempts": attempts,
            }
        )
        if next_attempt_at is not UNSET:
            field_dict["nextAttemptAt"] = next_attempt_at
        if delivered_at is not UNSET:
            field_dict["deliveredAt"] = delivered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_attempt import WebhookAttempt  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        webhook_id = d.pop("webhookId")

        event_type = d.pop("eventType")

        resource_type = d.pop("resourceType")

        resource_id = d.pop("resourceId")

        version = d.pop("version")

        state = WebhookDeliveryState(d.pop("state"))

        attempt_count = d.pop("attemptCount")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        attempts = []
        _attempts = d.pop("attempts")
        for attempts_item_data in _attempts:
            attempts_item = WebhookAttempt.from_dict(attempts_item_data)

            attempts.append(attempts_item)

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("nextAttemptAt", UNSET))

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("deliveredAt", UNSET))

        webhook_delivery = cls(
            id=id,
            webhook_id=webhook_id,
            event_type=event_type,
            resource_type=resource_type,
            resource_id=resource_id,
            version=version,
            state=state,
            attempt_count=attempt_count,
            created_at=created_at,
            attempts=attempts,
            next_attempt_at=next_attempt_at,
            delivered_at=delivered_at,
        )

        webhook_delivery.additional_properties = d
        return webhook_delivery

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
