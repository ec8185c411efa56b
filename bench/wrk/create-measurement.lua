-- POST /v1/measurements as an admin: one new measurement per request.
-- The token comes from the environment (BENCH_TOKEN). There is one value
-- per indicator, covenant and date, so each request takes a random day of
-- years 1000 to 9999 (a rare 409 when two draw the same one). Each thread
-- seeds its own random sequence: unseeded, every thread drew the same days
-- in the same order, and about half the requests were 409s.
wrk.method = "POST"
wrk.path = "/v1/measurements"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

local day0 = os.time({year = 2000, month = 1, day = 1, hour = 12})
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + seed)
end

request = function()
  local date = os.date("!%Y-%m-%d", day0 + math.random(-365000, 2900000) * 86400)
  local body = '{"indicator":"synthetic-coverage","covenant":"synthetic-01","value":0.5,' ..
    '"measuredOn":"' .. date .. '","sourceUrl":"https://example.org/bench","note":"benchmark write"}'
  return wrk.format(nil, nil, nil, body)
end
