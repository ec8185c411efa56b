-- POST /v1/measurements as an admin: one new measurement per request.
-- The token comes from the environment (BENCH_TOKEN).
wrk.method = "POST"
wrk.path = "/v1/measurements"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.body = '{"indicator":"synthetic-coverage","covenant":"synthetic-01","value":0.5,' ..
  '"measuredOn":"2024-01-31","sourceUrl":"https://example.org/bench","note":"benchmark write"}'
