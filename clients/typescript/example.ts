// Lists the covenants and reads one metric (the overview) from a running
// imvo-tracker with the TypeScript SDK, @imvo-tracker/client.
//
//   npm ci && npm run build
//   node build/example.js [BASE_URL]
//
// BASE_URL is the API's address including /v1; without it, IMVO_TRACKER_URL,
// else http://127.0.0.1:8080/v1 (the service's default listen address).
import {
    Configuration,
    CovenantKind,
    CovenantsApi,
    CovenantView,
    MetricsApi,
    ResponseError,
} from "@imvo-tracker/client";

async function main(): Promise<void> {
    const basePath = process.argv[2] ?? process.env.IMVO_TRACKER_URL ?? "http://127.0.0.1:8080/v1";
    // Reads are public; for writes, or a deployment whose reads need a token,
    // add `accessToken: "<JWT>"`.
    const config = new Configuration({ basePath });

    // Every page of the collection, 100 at a time.
    const covenantsApi = new CovenantsApi(config);
    const covenants: CovenantView[] = [];
    let total = 0;
    for (let page = 1; ; page++) {
        // The IMVO covenants: those the overview counts.
        const list = await covenantsApi.listCovenants({
            page,
            pageSize: 100,
            sort: "code",
            kind: [CovenantKind.SerFacilitated],
        });
        covenants.push(...list.items);
        total = list.page.totalItems;
        if (!list.links.next) break;
    }
    console.log(`${covenants.length} covenants:`);
    for (const c of covenants) {
        console.log(`  ${c.code.padEnd(28)} ${c.status.padEnd(12)} ${c.titleEn}`);
    }

    // One metric: the overview, as of today.
    const overview = await new MetricsApi(config).getOverview();
    const byStatus = overview.covenantsByStatus;
    console.log(
        `overview as of ${overview.asOf.toISOString().slice(0, 10)}: ` +
            `${byStatus.exploring} exploring, ${byStatus.negotiating} negotiating, ` +
            `${byStatus.signed} signed, ${byStatus.ended} ended, ` +
            `${byStatus.stalled} stalled, ${byStatus.dropped} dropped, ${byStatus.unknown} unknown`,
    );

    // The two answers agree (CI runs this example as a check).
    // Every track counts under exactly one of the seven statuses.
    const counted =
        byStatus.exploring +
        byStatus.negotiating +
        byStatus.signed +
        byStatus.ended +
        byStatus.stalled +
        byStatus.dropped +
        byStatus.unknown;
    if (covenants.length !== total || counted !== total) {
        throw new Error(`listed ${covenants.length} of ${total} covenants; the overview counts ${counted}`);
    }
}

main().catch(async (error: unknown) => {
    // A problem answer (application/problem+json) says what went wrong.
    if (error instanceof ResponseError) {
        console.error(`${error.response.status} from ${error.response.url}: ${await error.response.text()}`);
    } else {
        console.error(error);
    }
    process.exit(1);
});
