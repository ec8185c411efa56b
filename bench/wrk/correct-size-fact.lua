-- PATCH /v1/organisations/{id}/size-facts/{year} as an admin: a correction
-- of an existing record, one per request (a JSON Merge Patch of its
-- employees, with `If-Match: *`: the record must exist, whatever its
-- version). The token comes from the environment (BENCH_TOKEN); the
-- organisations from BENCH_ORG_FIRST to BENCH_ORG_LAST (ids), each with
-- size facts of 2019 to 2023 (the synthetic data set). Each thread draws
-- its own random sequence, so threads do not correct the same record at
-- the same moment. Every answer should be 200; each thread counts the
-- others, and report.lua adds them up as `unexpected`.
wrk.method = "PATCH"
wrk.headers["Content-Type"] = "application/merge-patch+json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["If-Match"] = "*"

local first = tonumber(os.getenv("BENCH_ORG_FIRST"))
local last = tonumber(os.getenv("BENCH_ORG_LAST"))

counted_threads = {}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
  table.insert(counted_threads, thread)
end

function init(args)
  unexpected = 0
  math.randomseed(os.time() * 1000 + seed)
end

request = function()
  local path = "/v1/organisations/" .. math.random(first, last) ..
    "/size-facts/" .. math.random(2019, 2023)
  return wrk.format(nil, path, nil, '{"employees":' .. math.random(0, 100000) .. '}')
end

function response(status, headers, body)
  if status ~= 200 then
    unexpected = unexpected + 1
  end
end
