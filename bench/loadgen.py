#!/usr/bin/env python3
"""Mixed read/write load against a running imvo-tracker, with an optional
database outage in the middle, and the checks that must hold afterwards.

Driven by bench/load-and-fault.sh; Python's standard library only. Every
thread keeps one keep-alive connection and replaces it after an error.
Exits 1 and says why when a check fails; prints one summary either way.
"""

import argparse
import datetime
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter

READS = [
    "/v1/covenants/synthetic-01",
    "/v1/measurements?covenant=synthetic-02&pageSize=20",
    "/v1/organisations?country=NL&kind=company&pageSize=20",
    "/v1/metrics/oecd-endorsement",
    "/v1/covenants/synthetic-03/market-coverage",
    "/v1/metrics/overview",
]


class Client:
    """One keep-alive HTTP/1.1 connection that reconnects after an error."""

    def __init__(self, host, port, timeout):
        self.host, self.port, self.timeout = host, port, timeout
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        """(status, headers, body bytes), or raises OSError/HTTPException."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            self.conn.request(method, path, body=body, headers=headers or {})
            response = self.conn.getresponse()
            # response.headers looks names up ignoring case.
            return response.status, response.headers, response.read()
        except Exception:
            self.conn.close()
            self.conn = None
            raise


class Run:
    """What the load saw, shared by its threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = Counter()
        self.transport_errors = []
        self.bad_answers = []  # (when, method, path, status, reason)
        self.acknowledged = []  # (location, body) of every 201
        self.slowest = 0.0
        self.stop = threading.Event()
        self.outage = threading.Event()  # set while the database is down

    def record(self, method, path, status, headers, body, seconds):
        with self.lock:
            self.statuses[status] += 1
            self.slowest = max(self.slowest, seconds)
            reason = judge(status, headers, body, self.outage.is_set(), method)
            if reason:
                self.bad_answers.append((time.time(), method, path, status, reason))


DAY0 = datetime.date(1000, 1, 1)
DAYS = (datetime.date(9999, 12, 31) - DAY0).days


def judge(status, headers, body, outage, method):
    """Why an answer is wrong, or None. Outside an outage every answer is a
    success (or, for a write, a 409: two writers picked the same date);
    during one a failure is a 503 problem document (never a 500)."""
    text = body.decode("utf-8", "replace")
    if "database is locked" in text:
        return "a 'database is locked' error reached the client"
    if status == 409 and method == "POST":
        return None
    if status < 500:
        return None if status < 400 else f"client error: {text[:200]}"
    if status != 503 or not outage:
        return f"server error: {text[:200]}"
    if not headers.get("Content-Type", "").startswith("application/problem+json"):
        return "a 503 that is not a problem document"
    try:
        problem = json.loads(text)
    except ValueError:
        return "a 503 whose body is not JSON"
    if problem.get("status") != 503:
        return "a 503 problem document without status 503"
    return None


def reader(run, args, seed):
    rng = random.Random(seed)
    client = Client(args.host, args.port, args.timeout)
    while not run.stop.is_set():
        path = rng.choice(READS)
        started = time.monotonic()
        try:
            status, headers, body = client.request("GET", path)
        except (OSError, http.client.HTTPException) as error:
            with run.lock:
                run.transport_errors.append(f"GET {path}: {error!r}")
            continue
        run.record("GET", path, status, headers, body, time.monotonic() - started)


def writer(run, args, number):
    client = Client(args.host, args.port, args.timeout)
    rng = random.Random()
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {args.token}"}
    written = 0
    while not run.stop.is_set():
        written += 1
        body = json.dumps({
            "indicator": "synthetic-coverage",
            "covenant": f"synthetic-{number % 10 + 1:02d}",
            "value": round((number * 7 + written) % 1000 / 1000, 3),
            # One value per indicator, covenant and date: a random day of
            # years 1000 to 9999 keeps writes apart (a rare 409 is allowed).
            "measuredOn": (DAY0 + datetime.timedelta(days=rng.randrange(DAYS))).isoformat(),
            "sourceUrl": "https://example.org/load-test",
            "note": f"load test writer {number} write {written}",
        })
        started = time.monotonic()
        try:
            status, answer_headers, answer = client.request("POST", "/v1/measurements", body, headers)
        except (OSError, http.client.HTTPException) as error:
            with run.lock:
                run.transport_errors.append(f"POST /v1/measurements: {error!r}")
            continue
        run.record("POST", "/v1/measurements", status, answer_headers, answer, time.monotonic() - started)
        if status == 201:
            with run.lock:
                run.acknowledged.append((answer_headers.get("Location"), answer))


def ready(args):
    try:
        status, _, _ = Client(args.host, args.port, args.timeout).request("GET", "/v1/health/ready")
        return status
    except (OSError, http.client.HTTPException):
        return None


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024 / 1e6
    return 0.0


def outage(run, args, report):
    """Stops the database, watches the service, starts it again and times
    how long the service takes to serve once the database is back."""
    time.sleep(args.fault_at)
    say(f"stopping the database: {args.stop_command}")
    run.outage.set()
    subprocess.run(args.stop_command, shell=True, check=True)
    down_until = time.monotonic() + args.outage
    readiness = Counter()
    while time.monotonic() < down_until:
        readiness[ready(args)] += 1
        time.sleep(0.2)
    report["readiness during outage"] = dict(readiness)
    say(f"starting the database: {args.start_command}")
    subprocess.run(args.start_command, shell=True, check=True)
    back = time.monotonic()
    while ready(args) != 200 and time.monotonic() - back < 60:
        time.sleep(0.05)
    # Failures are still excused until the service reports ready again.
    run.outage.clear()
    report["seconds to ready after the database returned"] = round(time.monotonic() - back, 2)


def verify(args, acknowledged):
    """Every acknowledged write is there, exactly as acknowledged."""
    client = Client(args.host, args.port, args.timeout)
    problems = []
    for location, body in acknowledged:
        if not location:
            problems.append("a 201 without Location")
            continue
        status, _, stored = client.request("GET", location)
        if status != 200:
            problems.append(f"{location}: {status} after it was acknowledged")
        elif json.loads(stored) != json.loads(body):
            problems.append(f"{location}: differs from what was acknowledged")
    return problems


def say(message):
    print(f"  [{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--pid", type=int, required=True, help="the service's process, for its memory")
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--timeout", type=float, required=True,
                        help="no answer may take longer (seconds)")
    parser.add_argument("--memory-growth-mb", type=float, default=20,
                        help="largest allowed growth of the resident set after warm-up")
    parser.add_argument("--memory-max-mb", type=float, default=100)
    parser.add_argument("--stop-command")
    parser.add_argument("--start-command")
    parser.add_argument("--fault-at", type=float, default=0)
    parser.add_argument("--outage", type=float, default=0)
    parser.add_argument("--recovery-seconds", type=float, default=5)
    args = parser.parse_args()

    run = Run()
    report = {}
    threads = [threading.Thread(target=reader, args=(run, args, n)) for n in range(args.readers)]
    threads += [threading.Thread(target=writer, args=(run, args, n)) for n in range(args.writers)]
    fault = None
    if args.stop_command:
        fault = threading.Thread(target=outage, args=(run, args, report))
        threads.append(fault)
    for thread in threads:
        thread.start()

    memory = []
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        memory.append(rss_mb(args.pid))
        time.sleep(0.5)
    run.stop.set()
    for thread in threads:
        thread.join()
    memory.append(rss_mb(args.pid))

    failures = []
    warm = memory[min(len(memory) - 1, max(1, len(memory) // 5))]
    report["requests"] = sum(run.statuses.values())
    report["statuses"] = dict(sorted(run.statuses.items()))
    report["slowest answer (s)"] = round(run.slowest, 3)
    report["acknowledged writes"] = len(run.acknowledged)
    report["resident set MB (warm, max, end)"] = [round(warm, 1), round(max(memory), 1), round(memory[-1], 1)]
    if run.transport_errors:
        failures.append(f"{len(run.transport_errors)} transport errors, first: {run.transport_errors[0]}")
    if run.bad_answers:
        first = run.bad_answers[0]
        failures.append(f"{len(run.bad_answers)} wrong answers, first: {first[1]} {first[2]} -> {first[3]}: {first[4]}")
    if run.slowest > args.timeout:
        failures.append(f"an answer took {run.slowest:.1f} s, beyond the {args.timeout} s bound")
    if not run.acknowledged:
        failures.append("no write was acknowledged")
    if memory[-1] - warm > args.memory_growth_mb:
        failures.append(f"memory grew {memory[-1] - warm:.1f} MB after warm-up (bound {args.memory_growth_mb})")
    if max(memory) > args.memory_max_mb:
        failures.append(f"memory reached {max(memory):.1f} MB (bound {args.memory_max_mb})")
    if fault is not None:
        during = report.get("readiness during outage", {})
        if during.get(200):
            failures.append("readiness said ready while the database was down")
        if not during.get(503):
            failures.append("readiness never said 503 during the outage")
        if run.statuses[503] == 0:
            failures.append("no request saw the outage (no 503): the fault did not bite")
        recovery = report.get("seconds to ready after the database returned")
        if recovery is None or recovery > args.recovery_seconds:
            failures.append(f"not serving within {args.recovery_seconds} s of the database's return ({recovery})")
    missing = verify(args, run.acknowledged)
    report["acknowledged writes missing or changed"] = len(missing)
    if missing:
        failures.append(f"{len(missing)} acknowledged writes missing or changed, first: {missing[0]}")

    print(json.dumps(report, indent=2))
    for failure in failures:
        print(f"FAILED: {failure}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
