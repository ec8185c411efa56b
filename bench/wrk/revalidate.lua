-- GET with If-None-Match: the ETag the service gave for this request
-- (BENCH_ETAG, taken by bench/run.sh right before the run). Every answer
-- should be 304 Not Modified; each thread counts the others, and
-- report.lua adds them up as `unexpected` (wrk itself counts only >= 400).
wrk.headers["If-None-Match"] = os.getenv("BENCH_ETAG")

counted_threads = {}

function setup(thread)
  table.insert(counted_threads, thread)
end

function init(args)
  unexpected = 0
end

function response(status, headers, body)
  if status ~= 304 then
    unexpected = unexpected + 1
  end
end
