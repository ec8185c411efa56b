from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.page_links import PageLinks
    from ..models.remedy_mechanism_view import RemedyMechanismView


T = TypeVar("T", bound="RemedyMechanismList")


@_attrs_define
class RemedyMechanismList:
    """One page of remedy mechanisms.

    Attributes:
        items (list[RemedyMechanismView]): The remedy mechanisms on this page.
        page (PageInfo): Where a page stands in its collection.
        field_links (PageLinks): Links between pages of a collection; `next` and `prev` are left out where
            there is no such page.
    """

    items: list[RemedyMechanismView]
    page: PageInfo
    field_links: PageLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        page = self.page.to_dict()

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "page": page,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_info import PageInfo  # noqa: PLC0415
        from ..models.page_links import PageLinks  # noqa: PLC0415
        from ..models.remedy_mechanism_view import RemedyMechanismView  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RemedyMechanismView.from_dict(items_item_data)

            items.append(items_item)

        page = PageInfo.from_dict(d.pop("page"))

        field_links = PageLinks.from_dict(d.pop("_links"))

        remedy_mechanism_list = cls(
            items=items,
            page=page,
            field_links=field_links,
        )

        remedy_mechanism_list.additional_properties = d
        return remedy_mechanism_list

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
