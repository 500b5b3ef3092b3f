"""HTTP load: a live `arsum serve` on 127.0.0.1 driven by 1, 4, 16 and 64 concurrent clients.

    .venv/bin/python bench/load.py                                   # extractive engine
    .venv/bin/python bench/load.py --engine seq2seq --tiny-bundle    # a tiny random T5 bundle, built under --work
    .venv/bin/python bench/load.py --engine ctranslate2 --tiny-bundle

Each level runs for --duration seconds: every client posts articles to /v1/summarize back to back (bounded by the
deadline and --max-requests). Prints requests/s, p50/p95 latency, answers by status and error code, the mean
engine batch size (from /metrics) and the server's RSS, then throughput ratios against one client. Articles
are development texts from ../shared/data (never copied into the repo); examples/article.txt when absent.
The server runs in its own process (LD_PRELOAD of tcmalloc when present, as `make serve` does); the clients
share the machine with it, so on few cores the numbers include the clients' own CPU use.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from service.rows import read_dicts

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "dev_summaries.jsonl.gz"
TCMALLOC = [Path("/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4"),
            Path("/usr/lib/aarch64-linux-gnu/libtcmalloc_minimal.so.4")]


@dataclass
class Level:
    clients: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    answers: Counter[str] = field(default_factory=Counter)
    batch_articles: float = 0.0
    batch_calls: float = 0.0
    rss_mb: float = 0.0
    server_cpu: float = 0.0  # CPU seconds used by the server during the level
    client_cpu: float = 0.0

    @property
    def ok(self) -> int:
        return self.answers["200"]

    def percentile(self, share: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def load_texts(limit: int) -> list[str]:
    if DATA.exists():
        texts = [record["text"] for record in read_dicts(str(DATA), limit)]
        return [text for text in texts if len(text.split()) >= 60]
    return [(ROOT / "examples" / "article.txt").read_text(encoding="utf-8")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tiny_bundle(work: Path, engine: str, texts: list[str]) -> Path:
    """The test suite's tiny random T5 shape, tokenizer trained on development sentences; converted for ct2."""
    folder = work / "tiny-bundle"
    if not (folder / "bundle.json").exists():
        sys.path.insert(0, str(ROOT))
        from training.random_bundle import build_random_bundle

        sentences = [line for text in texts for line in text.split("\n") if line.strip()][:2000]
        build_random_bundle(folder, sentences, sp_vocab_size=500)
    if engine == "ctranslate2":
        from service.engines.ct2 import convert_bundle, converted_model_dir

        if converted_model_dir(folder) is None:
            convert_bundle(folder, quantization="int8", force=True)
    return folder


def start_server(args: argparse.Namespace, port: int, model: Path | None, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ARSUM_ACCESS_LOG": "false", "ARSUM_LOG_LEVEL": "warning"}
    chosen = {"ARSUM_MAX_BATCH_SIZE": args.max_batch_size, "ARSUM_MAX_WAIT_MS": args.max_wait_ms,
              "ARSUM_MAX_QUEUE": args.max_queue, "ARSUM_REQUEST_TIMEOUT_S": args.request_timeout}
    env.update({name: str(value) for name, value in chosen.items() if value is not None})
    if args.max_queue is not None:
        env["ARSUM_MAX_BATCH_ITEMS"] = str(min(64, args.max_queue))
    preload = next((str(path) for path in TCMALLOC if path.exists()), None)
    if preload:
        env["LD_PRELOAD"] = preload
    command = [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--engine", args.engine]
    if model is not None:
        command += ["--model", str(model), "--threads", str(args.threads)]
    with log.open("wb") as sink:  # a file, not a pipe: a full pipe nobody reads would stall the server
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT)


def wait_ready(client: httpx.Client, server: subprocess.Popen[bytes], timeout_s: float = 300) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server exited with {server.returncode}; see its log")
        try:
            if client.get("/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"server not ready after {timeout_s:.0f} s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def batch_totals(client: httpx.Client, engine: str) -> tuple[float, float]:
    totals = {"sum": 0.0, "count": 0.0}
    for line in client.get("/metrics").text.splitlines():
        for kind in totals:
            if line.startswith(f'arsum_batch_size_{kind}{{engine="{engine}"}}'):
                totals[kind] = float(line.rsplit(" ", 1)[1])
    return totals["sum"], totals["count"]


class Connection:
    """A minimal keep-alive HTTP/1.1 client for loopback load: httpx's per-request overhead would make the
    clients, not the server, the bottleneck at 16+ concurrent requests on a small machine."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post_json(self, path: str, body: bytes) -> tuple[int, dict[str, str], bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(f"POST {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
                          f"content-length: {len(body)}\r\n\r\n".encode() + body)
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower().split("\r\n")
        headers = dict(line.split(":", 1) for line in head[1:] if ":" in line)
        payload = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection", "").strip() == "close":
            self.close()
        return int(head[0].split()[1]), headers, payload

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def one_client(port: int, bodies: list[bytes], offset: int, deadline: float, max_requests: int,
                     level: Level) -> None:
    connection = Connection(port)
    try:
        for index in range(max_requests):
            if time.monotonic() >= deadline:
                return
            started = time.perf_counter()
            try:
                status, headers, payload = await connection.post_json(
                    "/v1/summarize", bodies[(offset + index) % len(bodies)])
            except (OSError, asyncio.IncompleteReadError) as error:
                connection.close()
                level.answers[type(error).__name__] += 1
                continue
            if status == 200:
                level.latencies.append(time.perf_counter() - started)
                level.answers["200"] += 1
                continue
            level.answers[f"{status} {json.loads(payload).get('error', {}).get('code', '?')}"] += 1
            if "retry-after" in headers:  # a polite client waits as asked (never past the level's end)
                await asyncio.sleep(min(float(headers["retry-after"]), max(0.0, deadline - time.monotonic())))
    finally:
        connection.close()


async def drive(port: int, clients: int, bodies: list[bytes], seconds: float, max_requests: int) -> Level:
    level = Level(clients)
    started = time.monotonic()
    await asyncio.gather(*(one_client(port, bodies, index * 7, started + seconds, max_requests, level)
                           for index in range(clients)))
    level.seconds = time.monotonic() - started
    return level


def print_table(engine: str, levels: list[Level]) -> None:
    print(f"\nengine: {engine}")
    print("| clients | requests/s | vs 1 client | p50 ms | p95 ms | answers | mean batch | server RSS MB "
          "| server CPU | client CPU |")
    print("| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    single = levels[0].ok / levels[0].seconds if levels and levels[0].seconds else float("nan")
    for level in levels:
        rate = level.ok / level.seconds
        answers = ", ".join(f"{code}: {count}" for code, count in sorted(level.answers.items()))
        batch = level.batch_articles / level.batch_calls if level.batch_calls else float("nan")
        print(f"| {level.clients} | {rate:.1f} | {rate / single:.1f}x | {level.percentile(0.5):.0f} | "
              f"{level.percentile(0.95):.0f} | {answers} | {batch:.1f} | {level.rss_mb:.0f} | "
              f"{level.server_cpu / level.seconds:.0%} | {level.client_cpu / level.seconds:.0%} |")


def run_levels(args: argparse.Namespace, port: int, server: subprocess.Popen[bytes], texts: list[str]
               ) -> list[Level]:
    levels: list[Level] = []
    bodies = [json.dumps({"text": text}, ensure_ascii=False).encode() for text in texts]
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as control:
        wait_ready(control, server)
        for text in texts[:4]:  # warm-up
            control.post("/v1/summarize", json={"text": text})
        batching = control.get("/v1/info").json()["batching"]
        print(f"{len(texts)} articles, mean {statistics.mean(len(t.split()) for t in texts):.0f} words; "
              f"{args.duration:g} s per level; server batching {batching}; "
              f"{os.cpu_count()} CPUs shared by server and clients", flush=True)
        for clients in (int(value) for value in args.clients.split(",")):
            before = batch_totals(control, args.engine)
            cpu_before = cpu_seconds(server.pid), own_cpu_seconds()
            level = asyncio.run(drive(port, clients, bodies, args.duration, args.max_requests))
            level.server_cpu = cpu_seconds(server.pid) - cpu_before[0]
            level.client_cpu = own_cpu_seconds() - cpu_before[1]
            after = batch_totals(control, args.engine)
            level.batch_articles, level.batch_calls = after[0] - before[0], after[1] - before[1]
            level.rss_mb = rss_mb(server.pid)
            levels.append(level)
            print(f"  {clients} clients: {level.ok / level.seconds:.1f} req/s", file=sys.stderr, flush=True)
    return levels


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", default="extractive", choices=("extractive", "seq2seq", "ctranslate2"))
    parser.add_argument("--model", type=Path, default=None, help="bundle folder for a neural engine")
    parser.add_argument("--tiny-bundle", action="store_true", help="build and use the tiny random T5 bundle")
    parser.add_argument("--work", type=Path, default=ROOT / "runs" / "bench-load")
    parser.add_argument("--clients", default="1,4,16,64")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per level")
    parser.add_argument("--max-requests", type=int, default=100_000, help="cap per client per level")
    parser.add_argument("--texts", type=int, default=200, help="development articles to cycle through")
    parser.add_argument("--max-batch-size", type=int, default=None, help="default: the server's (8)")
    parser.add_argument("--max-wait-ms", type=float, default=None, help="default: the server's (5)")
    parser.add_argument("--max-queue", type=int, default=None, help="default: the server's (64)")
    parser.add_argument("--request-timeout", type=float, default=None, help="default: the server's (30 s)")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads for a neural engine")
    args = parser.parse_args()
    if args.engine != "extractive" and args.model is None and not args.tiny_bundle:
        parser.error("a neural engine needs --model DIR or --tiny-bundle")
    return args


def main() -> int:
    args = parse_args()
    texts = load_texts(args.texts)
    model = args.model
    if args.engine != "extractive" and model is None:
        model = tiny_bundle(args.work, args.engine, texts)
    port = free_port()
    args.work.mkdir(parents=True, exist_ok=True)
    log = args.work / f"server-{args.engine}.log"
    server = start_server(args, port, model, log)
    try:
        levels = run_levels(args, port, server, texts)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    print_table(args.engine + (f" ({model.name})" if model else ""), levels)
    print(f"server log: {log}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
