from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.remedy_mechanism_kind import RemedyMechanismKind
from ..models.remedy_mechanism_status import RemedyMechanismStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemedyMechanismPatch")


@_attrs_define
class RemedyMechanismPatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            name (str | Unset): Its name, as the source gives it or describes it. Example: Niet-juridisch klachtenmechanisme
                voor de mijnbouw in Cesar.
            kind (RemedyMechanismKind | Unset): How the mechanism works.
            status (RemedyMechanismStatus | Unset): Where the mechanism stands, as its latest source tells it.
            run_by (None | str | Unset): Who runs it, as the source names them; `null` when not known. Example: Institute
                for Human Rights and Business (IHRB).
            covenant (None | str | Unset): Code of the covenant it belongs to. Give `covenant`, `theme` or both. Example:
                textile.
            theme (None | str | Unset): The theme or area it serves, where it is not (only) one covenant's. Example: Access
                to remedy in mining areas of Colombia.
            programme (int | None | Unset): Id of the fund, budget or project (`/v1/programmes/{id}`) that
                supports it, where one is recorded. Example: 5.
            description (str | Unset): Who can turn to it, for what, and what it can lead to, in a few
                sentences as the source says it. Example: Lets people harmed by the coal mines in Cesar seek a solution to their
                complaints in dialogue with the companies, outside the courts..
            url (None | str | Unset): Where more can be read about it. Example: https://www.ihrb.org.
            source (str | Unset): Where these facts come from, quoting it. Example: Kamerbrief 28 september 2017
                'Internationaal Maatschappelijk Verantwoord Ondernemen (IMVO)', § Colombia.
    """

    name: str | Unset = UNSET
    kind: RemedyMechanismKind | Unset = UNSET
    status: RemedyMechanismStatus | Unset = UNSET
    run_by: None | str | Unset = UNSET
    covenant: None | str | Unset = UNSET
    theme: None | str | Unset = UNSET
    programme: int | None | Unset = UNSET
    description: str | Unset = UNSET
    url: None | str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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

        description = self.description

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if status is not UNSET:
            field_dict["status"] = status
        if run_by is not UNSET:
            field_dict["runBy"] = run_by
        if covenant is not UNSET:
            field_dict["covenant"] = covenant
        if theme is not UNSET:
            field_dict["theme"] = theme
        if programme is not UNSET:
            field_dict["programme"] = programme
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: RemedyMechanismKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = RemedyMechanismKind(_kind)

        _status = d.pop("status", UNSET)
        status: RemedyMechanismStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RemedyMechanismStatus(_status)

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

        description = d.pop("description", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        source = d.pop("source", UNSET)

        remedy_mechanism_patch = cls(
            name=name,
            kind=kind,
            status=status,
            run_by=run_by,
            covenant=covenant,
            theme=theme,
            programme=programme,
            description=description,
            url=url,
            source=source,
        )

        remedy_mechanism_patch.additional_properties = d
        return remedy_mechanism_patch

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
