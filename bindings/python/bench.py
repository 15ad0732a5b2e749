"""The overhead of the bindings: Python's xxgk.check against the C++ in-process time, and checks
per second from Python over every fixture of tests/data.

    bash scripts/bindings.sh            # builds build/bindings
    /usr/bin/python3 bindings/python/bench.py [--repetitions N] [--min-seconds S]

Uses the module and xxgk_bindings_bench (bindings/bench/check_overhead.cpp) of build/bindings
unless --build says another build directory. Every figure is the median of N repetitions
(default 5) of the mean CPU time per call (the process's: steadier than wall time on a shared
machine) over batches of at least S CPU seconds (default 0.2), the document in memory. Prints a markdown table. A measurement, never a test: this machine is
shared, so run it twice and compare.
"""

import argparse
import json
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
REPORT = ROOT / "examples" / "data" / "changchun-2023.txt"
DATA = ROOT / "tests" / "data"


def median_us(call, documents, min_seconds, repetitions):
    means = []
    for _ in range(repetitions):
        calls, start = 0, time.process_time()
        while True:
            for d in documents:
                call(d)
            calls += len(documents)
            seconds = time.process_time() - start
            if seconds >= min_seconds:
                break
        means.append(seconds * 1e6 / calls)
    return statistics.median(means)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=str(ROOT / "build" / "bindings"))
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--min-seconds", type=float, default=0.2)
    args = parser.parse_args()
    build = pathlib.Path(args.build)
    sys.path.insert(0, str(build / "bindings" / "python"))
    import xxgk  # noqa: E402  (from the build)

    fixtures = sorted(p for p in DATA.iterdir() if p.suffix in {".txt", ".html", ".json"})
    documents = [p.read_bytes() for p in fixtures]
    report = REPORT.read_bytes()

    def check(document):
        try:
            return xxgk.check(document)
        except xxgk.Error as e:  # an unreadable fixture is an answer too
            return e

    # C++ in process and through libxxgk_c, same documents, same batching
    helper = build / "bindings" / "xxgk_bindings_bench"
    lines = subprocess.run([str(helper), f"--min-seconds={args.min_seconds}", f"--repetitions={args.repetitions}",
                            str(REPORT)], check=True, capture_output=True, text=True).stdout.splitlines()
    cpp = json.loads(lines[0])
    lines = subprocess.run([str(helper), f"--min-seconds={args.min_seconds}", f"--repetitions={args.repetitions}",
                            *map(str, fixtures)], check=True, capture_output=True, text=True).stdout.splitlines()
    cpp_all = json.loads(lines[-1])

    py = median_us(check, [report], args.min_seconds, args.repetitions)
    entry_text = json.dumps(xxgk.check(report), ensure_ascii=False, separators=(",", ":"))
    loads = median_us(json.loads, [entry_text], args.min_seconds, args.repetitions)
    py_all = median_us(check, documents, args.min_seconds, args.repetitions) * len(documents)

    size = sum(map(len, documents))
    print(f"xxgk {xxgk.__version__}, Python {sys.version.split()[0]}; {REPORT.name} ({len(report):,} bytes); "
          f"{len(documents)} fixtures of tests/data ({size / 1e3:,.0f} KB); median of {args.repetitions}\n")
    print("| what | µs per check | checks/s | against C++ `check` |")
    print("|---|--:|--:|--:|")

    def row(what, us, base):
        print(f"| {what} | {us:,.0f} | {1e6 / us:,.0f} | {us / base:.2f}× |")

    row(f"C++ `xxgk::check`, {REPORT.name}", cpp["cpp_us"], cpp["cpp_us"])
    row(f"C++ `xxgk::check` + `to_json_text`, {REPORT.name}", cpp["cpp_json_us"], cpp["cpp_us"])
    row(f"C `xxgk_check` (libxxgk_c), {REPORT.name}", cpp["c_api_us"], cpp["cpp_us"])
    row(f"Python `xxgk.check` → dict, {REPORT.name}", py, cpp["cpp_us"])
    print(f"| of which `json.loads` of the entry ({len(entry_text.encode()):,} bytes) | {loads:,.0f} | | |")
    n = cpp_all["files"]
    print(f"| C++ `xxgk::check`, all {n} fixtures, per fixture | {cpp_all['cpp_us'] / n:,.0f} | "
          f"{n * 1e6 / cpp_all['cpp_us']:,.0f} | 1.00× |")
    print(f"| C `xxgk_check`, all {n} fixtures, per fixture | {cpp_all['c_api_us'] / n:,.0f} | "
          f"{n * 1e6 / cpp_all['c_api_us']:,.0f} | {cpp_all['c_api_us'] / cpp_all['cpp_us']:.2f}× |")
    print(f"| Python `xxgk.check`, all {n} fixtures, per fixture | {py_all / n:,.0f} | "
          f"{n * 1e6 / py_all:,.0f} | {py_all / cpp_all['cpp_us']:.2f}× |")


if __name__ == "__main__":
    main()
