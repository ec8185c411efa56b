from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.governance_body_kind import GovernanceBodyKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="GovernanceBodyInput")


@_attrs_define
class GovernanceBodyInput:
    """What a client writes: the body of `POST /v1/governance-bodies` and
    `PUT /v1/governance-bodies/{id}`, and what a merge patch applies to.

        Example:
            {'covenant': 'textile', 'kind': 'monitoringCommittee', 'name': 'Onafhankelijke monitoringscommissie', 'duties':
                "Supervises the monitoring of the covenant's progress and the quality of the annual report.", 'membersAsStated':
                'Three independent members', 'source': 'Jaarrapportage textielconvenant 2018'}

        Attributes:
            covenant (str): Code of the covenant it governs. Example: textile.
            kind (GovernanceBodyKind): What role the body has in the covenant.
            name (str): Its name, as the source gives it; unique within the covenant. Example: Stuurgroep.
            duties (str): What it does, in a few sentences, as the source says it. Example: Steers the parties towards the
                covenant's objectives and the handling of identified risks; the government, as a member, oversees the quality of
                the annual progress report..
            source (str): Where these facts come from, quoting it. Example: Kamerbrief 13 november 2018 'Voortgang IMVO-
                beleid', § Monitoring IMVO-convenanten.
            members_as_stated (None | str | Unset): Who sits in it, in the source's words; `null` when the source does
                not say. Example: De overheid, beside the other covenant parties.
            url (None | str | Unset): Where more can be read about it. Example: https://www.imvoconvenanten.nl.
    """

    covenant: str
    kind: GovernanceBodyKind
    name: str
    duties: str
    source: str
    members_as_stated: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        covenant = self.covenant

        kind = self.kind.value

        name = self.name

        duties = self.duties

        source = self.source

        members_as_stated: None | str | Unset
        if isinstance(self.members_as_stated, Unset):
            members_as_stated = UNSET
        else:
            members_as_stated = self.members_as_stated

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "covenant": covenant,
                "kind": kind,
                "name": name,
                "duties": duties,
                "source": source,
            }
        )
        if members_as_stated is not UNSET:
            field_dict["membersAsStated"] = members_as_stated
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        covenant = d.pop("covenant")

        kind = GovernanceBodyKind(d.pop("kind"))

        name = d.pop("name")

        duties = d.pop("duties")

        source = d.pop("source")

        def _parse_members_as_stated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        members_as_stated = _parse_members_as_stated(d.pop("membersAsStated", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        governance_body_input = cls(
            covenant=covenant,
            kind=kind,
            name=name,
            duties=duties,
            source=source,
            members_as_stated=members_as_stated,
            url=url,
        )

        governance_body_input.additional_properties = d
        return governance_body_input

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
