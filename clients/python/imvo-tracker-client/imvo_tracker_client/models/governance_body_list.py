from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.governance_body_view import GovernanceBodyView
    from ..models.page_info import PageInfo
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="GovernanceBodyList")


@_attrs_define
class GovernanceBodyList:
    """One page of governance bodies.

    Attributes:
        items (list[GovernanceBodyView]): The governance bodies on this page.
        page (PageInfo): Where a page stands in its collection.
        field_links (PageLinks): Links between pages of a collection; `next` and `prev` are left out where
            there is no such page.
    """

    items: list[GovernanceBodyView]
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
        from ..models.governance_body_view import GovernanceBodyView  # noqa: PLC0415
        from ..models.page_info import PageInfo  # noqa: PLC0415
        from ..models.page_links import PageLinks  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = GovernanceBodyView.from_dict(items_item_data)

            items.append(items_item)

        page = PageInfo.from_dict(d.pop("page"))

        field_links = PageLinks.from_dict(d.pop("_links"))

        governance_body_list = cls(
            items=items,
            page=page,
            field_links=field_links,
        )

        governance_body_list.additional_properties = d
        return governance_body_list

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
