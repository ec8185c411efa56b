from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remedy_mechanism_kind import RemedyMechanismKind
from ..models.remedy_mechanism_status import RemedyMechanismStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remedy_mechanism_links import RemedyMechanismLinks


T = TypeVar("T", bound="RemedyMechanismView")


@_attrs_define
class RemedyMechanismView:
    """A remedy mechanism as the API shows it.

    Attributes:
        id (int): Identifier of the mechanism in this API. Example: 1.
        name (str): Its name, as the source gives it or describes it. Example: Niet-juridisch klachtenmechanisme voor de
            mijnbouw in Cesar.
        kind (RemedyMechanismKind): How the mechanism works.
        status (RemedyMechanismStatus): Where the mechanism stands, as its latest source tells it.
        description (str): Who can turn to it, for what, and what it can lead to.
        source (str): Where these facts come from.
        created_at (datetime.datetime): When it was recorded (UTC). Example: 2026-12-01T10:15:00.000Z.
        updated_at (datetime.datetime): When it last changed (UTC). Example: 2026-12-01T10:15:00.000Z.
        field_links (RemedyMechanismLinks): Links of a remedy mechanism.
        run_by (None | str | Unset): Who runs it; `null` when not known. Example: Institute for Human Rights and
            Business (IHRB).
        covenant (None | str | Unset): Code of the covenant it belongs to, if it belongs to one. Example: textile.
        theme (None | str | Unset): The theme or area it serves. Example: Access to remedy in mining areas of Colombia.
        programme (int | None | Unset): Id of the fund, budget or project that supports it, if recorded. Example: 5.
        url (None | str | Unset): Where more can be read about it.
    """

    id: int
    name: str
    kind: RemedyMechanismKind
    status: RemedyMechanismStatus
    description: str
    source: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: RemedyMechanismLinks
    run_by: None | str | Unset = UNSET
    covenant: None | str | Unset = UNSET
    theme: None | str | Unset = UNSET
    programme: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind.value

        status = self.status.value

        description = self.description

        source = self.source

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        run_by: None | str | Unset
        if isinstance(self.run_by, Unset):
            run_by = UNSET
        else:
            run_by = self.run_by

        covenant: None | str | Unset
        if isinstance(self.covenant, Unset):
            covenant = UNSET
        else:
            covenant = self.covenant

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme

        programme: int | None | Unset
        if isinstance(self.programme, Unset):
            programme = UNSET
        else:
            programme = self.programme

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "status": status,
                "description": description,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if run_by is not UNSET:
            field_dict["runBy"] = run_by
        if covenant is not UNSET:
            field_dict["covenant"] = covenant
        if theme is not UNSET:
            field_dict["theme"] = theme
        if programme is not UNSET:
            field_dict["programme"] = programme
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remedy_mechanism_links import RemedyMechanismLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = RemedyMechanismKind(d.pop("kind"))

        status = RemedyMechanismStatus(d.pop("status"))

        description = d.pop("description")

        source = d.pop("source")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = RemedyMechanismLinks.from_dict(d.pop("_links"))

        def _parse_run_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_by = _parse_run_by(d.pop("runBy", UNSET))

        def _parse_covenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        covenant = _parse_covenant(d.pop("covenant", UNSET))

        def _parse_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme = _parse_theme(d.pop("theme", UNSET))

        def _parse_programme(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        programme = _parse_programme(d.pop("programme", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        remedy_mechanism_view = cls(
            id=id,
            name=name,
            kind=kind,
            status=status,
            description=description,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            run_by=run_by,
            covenant=covenant,
            theme=theme,
            programme=programme,
            url=url,
        )

        remedy_mechanism_view.additional_properties = d
        return remedy_mechanism_view

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
