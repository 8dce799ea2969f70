#!/usr/bin/env python3
"""A bounded load on a running `attendance serve`, on loopback only (Python standard library).

Readers (threads, one keep-alive connection each) cycle through the overview, a people search,
the yearly report and the review page; reviewers answer the open questions through
POST /review/answer with the CSRF cookie and field, as the answer key of the generated year says
(the person behind each record's file:line). When no question is open, a reviewer revokes the
newest decision of its own (POST /decisions/ID/revoke), which opens its question again, so that writes go on
for the whole run. Stops after --seconds or --requests, whichever comes first, and prints per
route: requests, errors, throughput and p50/p95/p99/max latency.

    python3 Benchmarks/serve_load.py --base http://127.0.0.1:PORT --truth YEAR.truth.json

Benchmarks/serve-load.sh builds, generates, imports, starts the server and runs this.
"""

import argparse
import collections
import html
import http.client
import json
import random
import re
import threading
import time
import unicodedata
import urllib.parse

SOURCE = re.compile(r"([A-Za-z0-9_./-]+\.(?:csv|txt|xlsx)):([0-9]+)")
TAG = re.compile(r"<[^>]+>")
INPUT = re.compile(r"<input\b[^>]*>")
ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')
REVOKE = re.compile(r'action="/decisions/([0-9]+)/revoke"')


class Client:
    """One keep-alive connection to the server, with its cookies (csrf, lang)."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.cookies = {}
        self.connection = None

    def request(self, method, path, body=None):
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            body = urllib.parse.urlencode(body).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://{self.host}:{self.port}"
        for attempt in (0, 1):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A keep-alive connection the server closed: one new connection, then give up.
                self.connection.close()
                self.connection = None
                if attempt == 1:
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, data.decode("utf-8", "replace")


class Recorder:
    """Latencies and outcomes per route, shared by every thread."""

    def __init__(self, deadline, limit):
        self.lock = threading.Lock()
        self.latencies = collections.defaultdict(list)
        self.errors = collections.defaultdict(int)
        self.samples = collections.defaultdict(list)
        self.count = 0
        self.deadline, self.limit = deadline, limit

    def running(self):
        return time.monotonic() < self.deadline and (self.limit == 0 or self.count < self.limit)

    def timed(self, client, route, method, path, body=None, expected=(200,)):
        start = time.perf_counter()
        try:
            status, text = client.request(method, path, body)
        except Exception as error:  # counted and shown, never raised: the run goes on
            status, text = None, repr(error)
        elapsed = time.perf_counter() - start
        with self.lock:
            self.count += 1
            self.latencies[route].append(elapsed)
            if status not in expected:
                self.errors[route] += 1
                if len(self.samples[route]) < 3:
                    # The page's message: the text of <main>, without the navigation.
                    main = text[text.find("<main"):] if "<main" in text else text
                    message = " ".join(html.unescape(TAG.sub(" ", main)).split())[:300]
                    self.samples[route].append(f"{method} {path} -> {status}: {message}")
        return status, text


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()


def hidden_fields(page):
    fields = {}
    for tag in INPUT.findall(page):
        attributes = dict(ATTRIBUTE.findall(tag))
        if attributes.get("type") == "hidden" and "name" in attributes:
            fields[attributes["name"]] = html.unescape(attributes.get("value", ""))
    return fields


def side_text(page, side):
    start = page.find(f'id="{side}"')
    if start < 0:
        return ""
    end = page.find("</section>", start)
    return html.unescape(TAG.sub(" ", page[start:end]))


def answer(page, person_at):
    """'same' or 'different' as the answer key says: each side's most frequent true person."""

    def main(side):
        keys = [person_at.get(f"{m.group(1)}:{m.group(2)}") for m in SOURCE.finditer(side_text(page, side))]
        keys = [k for k in keys if k]
        return collections.Counter(keys).most_common(1)[0][0] if keys else None

    a, b = main("side-a"), main("side-b")
    return "same" if a is not None and a == b else "different"


def reader(recorder, host, port, queries, seed):
    client = Client(host, port)
    rng = random.Random(seed)
    routes = ["/", "/people", "/report", "/review"]
    index = rng.randrange(len(routes))
    while recorder.running():
        route = routes[index % len(routes)]
        index += 1
        path = route
        if route == "/people":
            path = "/people?" + urllib.parse.urlencode({"q": rng.choice(queries)})
        recorder.timed(client, route, "GET", path)


def reviewer(recorder, host, port, person_at, name, tally):
    client = Client(host, port)
    while recorder.running():
        status, page = recorder.timed(client, "/review", "GET", "/review")
        if status != 200:
            continue
        fields = hidden_fields(page)
        if "question" in fields and "csrf" in fields:
            body = {"question": fields["question"], "answer": answer(page, person_at), "csrf": fields["csrf"]}
            body["reviewer"] = name
            status, _ = recorder.timed(client, "POST /review/answer", "POST", "/review/answer", body, (303,))
            with recorder.lock:
                tally["answers" if status == 303 else "refused answers"] += 1
            continue
        # Nothing open: revoke this reviewer's newest decision so that its question opens again
        # (its own: two reviewers revoking the same decision would be a conflict of the test's making).
        path = "/decisions?" + urllib.parse.urlencode({"author": f"serve:{name}"})
        status, page = recorder.timed(client, "/decisions", "GET", path)
        ids = sorted({int(i) for i in REVOKE.findall(page)}, reverse=True)
        csrf = hidden_fields(page).get("csrf") or client.cookies.get("csrf", "")
        if not ids or not csrf:
            time.sleep(0.05)
            continue
        body = {"csrf": csrf, "reason": "load test"}
        status, _ = recorder.timed(client, "POST /decisions/ID/revoke", "POST", f"/decisions/{ids[0]}/revoke", body, (303,))
        with recorder.lock:
            tally["revokes" if status == 303 else "refused revokes"] += 1


def percentile(sorted_values, fraction):
    if not sorted_values:
        return float("nan")
    rank = max(1, int(round(fraction * len(sorted_values) + 0.5)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def figures(host, port):
    _, page = Client(host, port).request("GET", "/")
    found = re.findall(r'data-figure="(\w+)".*?<data value="(-?[0-9]+)"', page, re.S)
    return {name: int(value) for name, value in found}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="http://127.0.0.1:PORT (loopback only)")
    parser.add_argument("--truth", required=True, help="the generated year's answer key (YEAR.truth.json)")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--requests", type=int, default=0, help="stop after this many requests (0: no limit)")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--reviewers", type=int, default=2)
    arguments = parser.parse_args()
    base = urllib.parse.urlsplit(arguments.base)
    if base.hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("the load test only sends traffic to loopback")
    host, port = base.hostname, base.port

    with open(arguments.truth, encoding="utf-8") as file:
        truth = json.load(file)
    person_at = {f"{r['file']}:{r['line']}": r["pid"] for r in truth["records"]}
    # Surnames of the year's people, half of them without accents (the search ignores them).
    surnames = sorted({p["name"].split()[-1] for p in truth["people"]})
    queries = surnames + [fold(s) for s in surnames]

    start_figures = figures(host, port)
    recorder = Recorder(time.monotonic() + arguments.seconds, arguments.requests)
    tally = collections.Counter()
    threads = [
        threading.Thread(target=reader, args=(recorder, host, port, queries, n), daemon=True)
        for n in range(arguments.readers)
    ] + [
        threading.Thread(target=reviewer, args=(recorder, host, port, person_at, f"load-{n}", tally), daemon=True)
        for n in range(arguments.reviewers)
    ]
    began = time.monotonic()
    cpu = time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - began
    cpu = time.process_time() - cpu

    print(f"{arguments.readers} readers, {arguments.reviewers} reviewers, {wall:.1f} s "
          f"(load client CPU {cpu:.1f} s)")
    print(f"{'route':<28}{'requests':>9}{'errors':>8}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    total, errors = 0, 0
    for route in sorted(recorder.latencies):
        values = sorted(recorder.latencies[route])
        total += len(values)
        errors += recorder.errors[route]
        print(f"{route:<28}{len(values):>9}{recorder.errors[route]:>8}{len(values) / wall:>8.1f}"
              + "".join(f"{percentile(values, q) * 1000:>9.1f}" for q in (0.50, 0.95, 0.99, 1.0)))
    everything = sorted(v for values in recorder.latencies.values() for v in values)
    print(f"{'all':<28}{total:>9}{errors:>8}{total / wall:>8.1f}"
          + "".join(f"{percentile(everything, q) * 1000:>9.1f}" for q in (0.50, 0.95, 0.99, 1.0)))
    print("reviewers: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    for route, samples in sorted(recorder.samples.items()):
        for sample in samples:
            print(f"error sample {route}: {sample}")
    end_figures = figures(host, port)
    shown = ("openQuestions", "participations", "uniqueParticipants")
    print("overview before: " + ", ".join(f"{k} {start_figures.get(k)}" for k in shown))
    print("overview after:  " + ", ".join(f"{k} {end_figures.get(k)}" for k in shown))
    expected = truth["expected"]
    print(f"answer key:      participations {expected['participations']}, "
          f"uniqueParticipants {expected['uniqueParticipants']}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
