from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OecdEndorsementPatch")


@_attrs_define
class OecdEndorsementPatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            endorsed_on (datetime.date | Unset): The first day the organisation endorses the Guidelines (as far as
                the source shows). Example: 2018-01-01.
            withdrawn_on (datetime.date | None | Unset): The day it stopped endorsing them, if it did; not before
                `endorsedOn`.
            evidence_url (None | str | Unset): Where the endorsement can be read (policy statement, report page). Example:
                https://www.aholddelhaize.com/sustainability/human-rights.
            source (str | Unset): Where the fact comes from. Example: Transparantiebenchmark 2018.
    """

    endorsed_on: datetime.date | Unset = UNSET
    withdrawn_on: datetime.date | None | Unset = UNSET
    evidence_url: None | str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endorsed_on: str | Unset = UNSET
        if not isinstance(self.endorsed_on, Unset):
            endorsed_on = self.endorsed_on.isoformat()

        withdrawn_on: None | str | Unset
        if isinstance(self.withdrawn_on, Unset):
            withdrawn_on = UNSET
        elif isinstance(self.withdrawn_on, datetime.date):
            withdrawn_on = self.withdrawn_on.isoformat()
        else:
            withdrawn_on = self.withdrawn_on

        evidence_url: None | str | Unset
        if isinstance(self.evidence_url, Unset):
            evidence_url = UNSET
        else:
            evidence_url = self.evidence_url

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endorsed_on is not UNSET:
            field_dict["endorsedOn"] = endorsed_on
        if withdrawn_on is not UNSET:
            field_dict["withdrawnOn"] = withdrawn_on
        if evidence_url is not UNSET:
            field_dict["evidenceUrl"] = evidence_url
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _endorsed_on = d.pop("endorsedOn", UNSET)
        endorsed_on: datetime.date | Unset
        if isinstance(_endorsed_on, Unset):
            endorsed_on = UNSET
        else:
            endorsed_on = datetime.date.fromisoformat(_endorsed_on)

        def _parse_withdrawn_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_on_type_0 = datetime.date.fromisoformat(data)

                return withdrawn_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        withdrawn_on = _parse_withdrawn_on(d.pop("withdrawnOn", UNSET))

        def _parse_evidence_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evidence_url = _parse_evidence_url(d.pop("evidenceUrl", UNSET))

        source = d.pop("source", UNSET)

        oecd_endorsement_patch = cls(
            endorsed_on=endorsed_on,
            withdrawn_on=withdrawn_on,
            evidence_url=evidence_url,
            source=source,
        )

        oecd_endorsement_patch.additional_properties = d
        return oecd_endorsement_patch

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
