from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_action import AuditAction
from ..models.token_role import TokenRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_event_links import AuditEventLinks
    from ..models.audit_event_view_after_type_0 import AuditEventViewAfterType0
    from ..models.audit_event_view_before_type_0 import AuditEventViewBeforeType0


T = TypeVar("T", bound="AuditEventView")


@_attrs_define
class AuditEventView:
    """One recorded change.

    Attributes:
        id (int): Sequence number of the event. Example: 42.
        occurred_at (datetime.datetime): When the change was made (UTC), as its write began. Example:
            2026-11-23T10:15:00.000Z.
        actor (str): The `sub` of the token that made the change. Example: secretariaat-textiel.
        role (TokenRole): What a token allows.
        action (AuditAction): What a write did.
        resource_type (str): The kind of resource changed. Example: sector.
        resource_id (str): The identifier of the resource in its path. Example: textile.
        field_links (AuditEventLinks): Links of an audit event.
        request_id (None | str | Unset): The `X-Request-Id` of the request that made the change. Example:
            0b5c7a52-3f1e-4d1a-9a38-5f0e0e1f9d10.
        before (AuditEventViewBeforeType0 | None | Unset): The resource as the API showed it before the change (`null`
            for a
            create).
        after (AuditEventViewAfterType0 | None | Unset): The resource as the API showed it after the change (`null` for
            a
            delete).
    """

    id: int
    occurred_at: datetime.datetime
    actor: str
    role: TokenRole
    action: AuditAction
    resource_type: str
    resource_id: str
    field_links: AuditEventLinks
    request_id: None | str | Unset = UNSET
    before: AuditEventViewBeforeType0 | None | Unset = UNSET
    after: AuditEventViewAfterType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_event_view_after_type_0 import AuditEventViewAfterType0  # noqa: PLC0415
        from ..models.audit_event_view_before_type_0 import AuditEventViewBeforeType0  # noqa: PLC0415

        id = self.id

        occurred_at = self.occurred_at.isoformat()

        actor = self.actor

        role = self.role.value

        action = self.action.value

        resource_type = self.resource_type

        resource_id = self.resource_id

        field_links = self.field_links.to_dict()

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        before: dict[str, Any] | None | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, AuditEventViewBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        after: dict[str, Any] | None | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, AuditEventViewAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurredAt": occurred_at,
                "actor": actor,
                "role": role,
                "action": action,
                "resourceType": resource_type,
                "resourceId": resource_id,
                "_links": field_links,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_links import AuditEventLinks  # noqa: PLC0415
        from ..models.audit_event_view_after_type_0 import AuditEventViewAfterType0  # noqa: PLC0415
        from ..models.audit_event_view_before_type_0 import AuditEventViewBeforeType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurredAt"))

        actor = d.pop("actor")

        role = TokenRole(d.pop("role"))

        action = AuditAction(d.pop("action"))

        resource_type = d.pop("resourceType")

        resource_id = d.pop("resourceId")

        field_links = AuditEventLinks.from_dict(d.pop("_links"))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("requestId", UNSET))

        def _parse_before(data: object) -> AuditEventViewBeforeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = AuditEventViewBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEventViewBeforeType0 | None | Unset, data)

        before = _parse_before(d.pop("before", UNSET))

        def _parse_after(data: object) -> AuditEventViewAfterType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = AuditEventViewAfterType0.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEventViewAfterType0 | None | Unset, data)

        after = _parse_after(d.pop("after", UNSET))

        audit_event_view = cls(
            id=id,
            occurred_at=occurred_at,
            actor=actor,
            role=role,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            field_links=field_links,
            request_id=request_id,
            before=before,
            after=after,
        )

        audit_event_view.additional_properties = d
        return audit_event_view

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
