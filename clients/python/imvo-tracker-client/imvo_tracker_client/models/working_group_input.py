from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.working_group_status import WorkingGroupStatus
from ..models.working_group_theme import WorkingGroupTheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkingGroupInput")


@_attrs_define
class WorkingGroupInput:
    """What a client writes: the body of `POST /v1/working-groups` and
    `PUT /v1/working-groups/{id}`, and what a merge patch applies to.

        Example:
            {'covenant': 'banking', 'name': 'Werkgroep klimaat', 'themes': ['climate'], 'mandate': 'Explore how banks
                address climate risks in the value chains they finance.', 'startedOn': '2019-01-15', 'status': 'active',
                'source': 'Jaarrapportage IMVO-convenant bancaire sector 2018'}

        Attributes:
            covenant (str): Code of the covenant the group belongs to. A secretariat may only
                name a covenant its token lists. Example: banking.
            name (str): The group's name, unique within its covenant. Example: Werkgroep waardeketen.
            themes (list[WorkingGroupTheme]): What the group works on: at least one theme, each once. Listed back
                in the order of the enumeration. Example: ['valueChain', 'leverage'].
            status (WorkingGroupStatus): Where a working group stands.
            mandate (None | str | Unset): The group's task, as the covenant parties set it. Example: Map the cocoa value
                chain and where banks can exert influence in it..
            started_on (datetime.date | None | Unset): When the group started. Example: 2017-03-01.
            ended_on (datetime.date | None | Unset): When the group ended; not before `startedOn`. Example: 2018-08-09.
            source (None | str | Unset): Where these facts come from (letter, Kamerstuk, page). Example: Kamerbrief 13
                november 2018 'Voortgang IMVO-beleid'.
    """

    covenant: str
    name: str
    themes: list[WorkingGroupTheme]
    status: WorkingGroupStatus
    mandate: None | str | Unset = UNSET
    started_on: datetime.date | None | Unset = UNSET
    ended_on: datetime.date | None | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        covenant = self.covenant

        name = self.name

        themes = []
        for themes_item_data in self.themes:
            themes_item = themes_item_data.value
            themes.append(themes_item)

        status = self.status.value

        mandate: None | str | Unset
        if isinstance(self.mandate, Unset):
            mandate = UNSET
        else:
            mandate = self.mandate

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "covenant": covenant,
                "name": name,
                "themes": themes,
                "status": status,
            }
        )
        if mandate is not UNSET:
            field_dict["mandate"] = mandate
        if started_on is not UNSET:
            field_dict["startedOn"] = started_on
        if ended_on is not UNSET:
            field_dict["endedOn"] = ended_on
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        covenant = d.pop("covenant")

        name = d.pop("name")

        themes = []
        _themes = d.pop("themes")
        for themes_item_data in _themes:
            themes_item = WorkingGroupTheme(themes_item_data)

            themes.append(themes_item)

        status = WorkingGroupStatus(d.pop("status"))

        def _parse_mandate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mandate = _parse_mandate(d.pop("mandate", UNSET))

        def _parse_started_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)

                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        started_on = _parse_started_on(d.pop("startedOn", UNSET))

        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("endedOn", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        working_group_input = cls(
            covenant=covenant,
            name=name,
            themes=themes,
            status=status,
            mandate=mandate,
            started_on=started_on,
            ended_on=ended_on,
            source=source,
        )

        working_group_input.additional_properties = d
        return working_group_input

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
