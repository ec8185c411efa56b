-- Appended to every wrk script: one machine-readable line per run. A script
-- whose threads count answers it did not expect (in their global
-- `unexpected`) lists those threads in `counted_threads`.
function done(summary, latency, requests)
  local errors = summary.errors
  local unexpected = 0
  for _, thread in ipairs(counted_threads or {}) do
    unexpected = unexpected + (thread:get("unexpected") or 0)
  end
  io.write(string.format(
    "WRK requests=%d seconds=%.3f rps=%.1f mean_ms=%.3f p50_ms=%.3f p99_ms=%.3f transport_errors=%d non_2xx=%d unexpected=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status, unexpected))
end
