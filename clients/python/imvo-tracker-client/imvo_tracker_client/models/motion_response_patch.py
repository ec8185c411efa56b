from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.motion_status import MotionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MotionResponsePatch")


@_attrs_define
class MotionResponsePatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            motion (int | Unset): Id of the motion reported on. One response per motion and letter. Example: 1.
            letter (int | Unset): Id of the parliamentary letter that reported on it. Example: 2.
            summary (str | Unset): What the letter says about the motion. Example: The letter reports that the 90% indicator
                for large companies endorsing the OECD Guidelines has been developed, as the motion asked..
            reported_status (MotionStatus | None | Unset):
            source (None | str | Unset): Where this comes from (section of the letter). Example: Kamerbrief 13 november
                2018, paragraaf 'Moties'.
    """

    motion: int | Unset = UNSET
    letter: int | Unset = UNSET
    summary: str | Unset = UNSET
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
        field_dict.update({})
        if motion is not UNSET:
            field_dict["motion"] = motion
        if letter is not UNSET:
            field_dict["letter"] = letter
        if summary is not UNSET:
            field_dict["summary"] = summary
        if reported_status is not UNSET:
            field_dict["reportedStatus"] = reported_status
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        motion = d.pop("motion", UNSET)

        letter = d.pop("letter", UNSET)

        summary = d.pop("summary", UNSET)

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

        motion_response_patch = cls(
            motion=motion,
            letter=letter,
            summary=summary,
            reported_status=reported_status,
            source=source,
        )

        motion_response_patch.additional_properties = d
        return motion_response_patch

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
