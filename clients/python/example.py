"""List the covenants and read one metric (the overview) from a running
imvo-tracker with the Python SDK, imvo_tracker_client.

    pip install ./clients/python/imvo-tracker-client
    python clients/python/example.py [BASE_URL]

BASE_URL is the API's address including /v1; without it, IMVO_TRACKER_URL,
else http://127.0.0.1:8080/v1 (the service's default listen address).
"""

import os
import sys

from imvo_tracker_client import Client
from imvo_tracker_client.api.covenants import list_covenants
from imvo_tracker_client.api.metrics import get_overview
from imvo_tracker_client.models import CovenantKind, CovenantList, Overview


def main() -> int:
    base_url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("IMVO_TRACKER_URL", "http://127.0.0.1:8080/v1")
    # Reads are public; for writes, or a deployment whose reads need a token,
    # use AuthenticatedClient(base_url=..., token="<JWT>").
    with Client(base_url=base_url, raise_on_unexpected_status=True) as client:
        # Every page of the collection, 100 at a time. A documented error
        # comes back parsed as a Problem (application/problem+json).
        covenants = []
        page = 1
        while True:
            listing = list_covenants.sync(
                client=client, page=page, page_size=100, sort="code", kind=[CovenantKind.SERFACILITATED]
            )
            if not isinstance(listing, CovenantList):
                print(f"listing the covenants failed: {listing}", file=sys.stderr)
                return 1
            covenants.extend(listing.items)
            total = listing.page.total_items
            # `_links` is `field_links` in the SDK; `next` is left out on the last page.
            if not listing.field_links.next_:
                break
            page += 1
        print(f"{len(covenants)} covenants:")
        for covenant in covenants:
            print(f"  {covenant.code:<28} {covenant.status.value:<12} {covenant.title_en}")

        # One metric: the overview, as of today.
        overview = get_overview.sync(client=client)
        if not isinstance(overview, Overview):
            print(f"reading the overview failed: {overview}", file=sys.stderr)
            return 1
        by_status = overview.covenants_by_status
        print(
            f"overview as of {overview.as_of.isoformat()}: {by_status.exploring} exploring, "
            f"{by_status.negotiating} negotiating, {by_status.signed} signed, {by_status.ended} ended, "
            f"{by_status.stalled} stalled, {by_status.dropped} dropped, {by_status.unknown} unknown"
        )

    # The two answers agree (CI runs this example as a check).
    # Every track counts under exactly one of the seven statuses.
    counted = sum(
        (
            by_status.exploring,
            by_status.negotiating,
            by_status.signed,
            by_status.ended,
            by_status.stalled,
            by_status.dropped,
            by_status.unknown,
        )
    )
    if len(covenants) != total or counted != total:
        print(f"listed {len(covenants)} of {total} covenants; the overview counts {counted}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
