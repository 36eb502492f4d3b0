#!/usr/bin/env python3
# Times whole processes side by side: command A, and optionally B, started in turn so that a machine whose
# speed drifts moves both alike; prints the median wall and CPU time of each, its peak memory from one more
# run under GNU time, and the median of the pairwise ratios A/B. The order is A B B A A B ..., not A B A B:
# on this machine a run can slow down the run right after it (one command alone alternates fast and slow),
# which A B A B charges to one command.
# usage: paired_runs.py [--runs N] [--warmup N] TITLE 'COMMAND A' ['COMMAND B']
#   A command is split as a shell splits words (no shell runs it); its output is thrown away.
import argparse
import os
import shlex
import statistics
import subprocess
import tempfile
import time


def run_once(argv):
    """(wall seconds, CPU seconds) of one run of argv."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"exit status {process.returncode}: {shlex.join(argv)}")
    return wall, usage.ru_utime + usage.ru_stime


def peak_mib(argv):
    """Peak resident MiB of one run of argv, as GNU time reports it. A process started from this script
    reports at least the script's own memory (Linux keeps the peak of the program an exec replaces)."""
    with tempfile.NamedTemporaryFile(mode="r") as report:
        run_once(["/usr/bin/time", "-f", "%M", "-o", report.name, *argv])
        return int(report.read()) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("title")
    parser.add_argument("a")
    parser.add_argument("b", nargs="?")
    args = parser.parse_args()
    commands = [shlex.split(args.a)] + ([shlex.split(args.b)] if args.b else [])
    for _ in range(args.warmup):
        for argv in commands:
            run_once(argv)
    results = [[] for _ in commands]
    pairs = list(zip(commands, results))
    for run in range(args.runs):
        for argv, result in pairs if run % 2 == 0 else reversed(pairs):
            result.append(run_once(argv))

    def ms(values):
        return f"{1000 * statistics.median(values):7.2f} ms"

    line = f"{args.title:<34}"
    for name, argv, result in zip("AB", commands, results):
        walls, cpus = zip(*result)
        line += f" | {name} wall {ms(walls)} cpu {ms(cpus)} peak {peak_mib(argv):5.1f} MiB"
    if len(results) == 2:
        wall_ratio = statistics.median(a[0] / b[0] for a, b in zip(*results))
        cpu_ratio = statistics.median(a[1] / b[1] for a, b in zip(*results) if b[1] > 0)
        line += f" | A/B wall {wall_ratio:.2f} cpu {cpu_ratio:.2f}"
    print(line, flush=True)


if __name__ == "__main__":
    main()
