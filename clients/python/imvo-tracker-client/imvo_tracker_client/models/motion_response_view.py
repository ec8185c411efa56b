from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.motion_status import MotionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.motion_response_links import MotionResponseLinks


T = TypeVar("T", bound="MotionResponseView")


@_attrs_define
class MotionResponseView:
    """A government response to a motion, as the API shows it.

    Attributes:
        id (int): Identifier of the response in this API. Example: 1.
        motion (int): Id of the motion reported on. Example: 1.
        letter (int): Id of the letter that reported on it. Example: 2.
        letter_sent_on (datetime.date): The date of that letter. Example: 2018-11-13.
        summary (str): What the letter says about the motion.
        created_at (datetime.datetime): When the response was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When it last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (MotionResponseLinks): Links of a motion response.
        reported_status (MotionStatus | None | Unset):
        source (None | str | Unset): Where this comes from.
    """

    id: int
    motion: int
    letter: int
    letter_sent_on: datetime.date
    summary: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: MotionResponseLinks
    reported_status: MotionStatus | None | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        motion = self.motion

        letter = self.letter

        letter_sent_on = self.letter_sent_on.isoformat()

        summary = self.summary

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        reported_status: None | str | Unset
        if isinstance(self.reported_status, Unset):
            reported_status = UNSET
        elif isinstance(self.reported_status, MotionStatus):
            reported_status = self.reported_status.value
        else:
            reported_status = self.reported_status

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "motion": motion,
                "letter": letter,
                "letterSentOn": letter_sent_on,
                "summary": summary,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if reported_status is not UNSET:
            field_dict["reportedStatus"] = reported_status
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.motion_response_links import MotionResponseLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        motion = d.pop("motion")

        letter = d.pop("letter")

        letter_sent_on = datetime.date.fromisoformat(d.pop("letterSentOn"))

        summary = d.pop("summary")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = MotionResponseLinks.from_dict(d.pop("_links"))

        def _parse_reported_status(data: object) -> MotionStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reported_status_type_0 = MotionStatus(data)

                return reported_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MotionStatus | None | Unset, data)

        reported_status = _parse_reported_status(d.pop("reportedStatus", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        motion_response_view = cls(
            id=id,
            motion=motion,
            letter=letter,
            letter_sent_on=letter_sent_on,
            summary=summary,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            reported_status=reported_status,
            source=source,
        )

        motion_response_view.additional_properties = d
        return motion_response_view

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
