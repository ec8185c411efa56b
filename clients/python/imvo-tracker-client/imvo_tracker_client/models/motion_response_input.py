from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.motion_status import MotionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MotionResponseInput")


@_attrs_define
class MotionResponseInput:
    """What a client writes: the body of `POST /v1/motion-responses` and
    `PUT /v1/motion-responses/{id}`, and what a merge patch applies to.

        Example:
            {'motion': 2, 'letter': 2, 'summary': "The letter reports on the motion's request and on what the government did
                with it.", 'reportedStatus': 'completed', 'source': "Kamerbrief 13 november 2018, paragraaf 'Moties'"}

        Attributes:
            motion (int): Id of the motion reported on. One response per motion and letter. Example: 1.
            letter (int): Id of the parliamentary letter that reported on it. Example: 2.
            summary (str): What the letter says about the motion. Example: The letter reports that the 90% indicator for
                large companies endorsing the OECD Guidelines has been developed, as the motion asked..
            reported_status (MotionStatus | None | Unset):
            source (None | str | Unset): Where this comes from (section of the letter). Example: Kamerbrief 13 november
                2018, paragraaf 'Moties'.
    """

    motion: int
    letter: int
    summary: str
    reported_status: MotionStatus | None | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        motion = self.motion

        letter = self.letter

        summary = self.summary

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
                "motion": motion,
                "letter": letter,
                "summary": summary,
            }
        )
        if reported_status is not UNSET:
            field_dict["reportedStatus"] = reported_status
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        motion = d.pop("motion")

        letter = d.pop("letter")

        summary = d.pop("summary")

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

        motion_response_input = cls(
            motion=motion,
            letter=letter,
            summary=summary,
            reported_status=reported_status,
            source=source,
        )

        motion_response_input.additional_properties = d
        return motion_response_input

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
