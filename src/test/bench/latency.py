#!/usr/bin/env python3
"""Sequential latency over one keep-alive connection: wall time per request (client side) and, when
the answer has one, its tookMs. Usage: latency.py HOST:PORT PATHS_FILE ROUNDS [WARMUP_ROUNDS].
With COOKIE in the environment, sends it as the Cookie header (a signed-in session)."""
import http.client, json, os, sys, time

host, port = sys.argv[1].split(":")
paths = [l.strip() for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
rounds = int(sys.argv[3]); warmup = int(sys.argv[4]) if len(sys.argv) > 4 else 1
conn = http.client.HTTPConnection(host, int(port), timeout=60)
sizes = []

def get(path):
    start = time.perf_counter()
    conn.request("GET", path, headers={"Cookie": os.environ["COOKIE"]} if os.environ.get("COOKIE") else {})
    resp = conn.getresponse(); body = resp.read()
    wall = (time.perf_counter() - start) * 1000
    if resp.status != 200:
        raise SystemExit(f"{path}: HTTP {resp.status} {body[:300]!r}")
    sizes.append(len(body))
    parsed = json.loads(body)
    took = parsed.get("tookMs") if isinstance(parsed, dict) else None
    return wall, took

for _ in range(warmup):
    for p in paths: get(p)
walls, tooks = [], []
for _ in range(rounds):
    for p in paths:
        w, t = get(p); walls.append(w)
        if t is not None: tooks.append(t)

def pct(v, p):
    v = sorted(v); return v[max(0, min(len(v) - 1, -(-len(v) * p // 100) - 1))]

def line(name, v):
    return f"{name}: n={len(v)} p50={pct(v,50):.3f} p90={pct(v,90):.3f} p99={pct(v,99):.3f} max={max(v):.3f} ms"

print(line("endpoint wall (client, 1 connection, sequential)", walls) + f" (answer {sizes[-1]} bytes)")
if tooks:
    print(line("tookMs of the same answers", tooks))
    print(f"endpoint p50 - tookMs p50 = {pct(walls,50) - pct(tooks,50):.3f} ms")
