#!/usr/bin/python3.11
"""CPython's own regression suite under the shim.

Runs `python3.11 -m test -jN --timeout T` on the modules of modules.txt
(Debian's libpython3.11-testsuite for /usr/bin/python3.11) up to three ways:

  none     without the shim
  report   LD_PRELOAD=libprivguard.so PRIVGUARD_MODE=report
  enforce  LD_PRELOAD=libprivguard.so PRIVGUARD_MODE=enforce (default policy)

each with PRIVGUARD_REPORT pointing at a findings file of its own, and
compares the per-module results (the runner's "[ n/N] test_x passed" lines)
and the failing test cases (--junit-xml) with the run without the shim. It
fails on

  report   any module whose result or failing test cases differ from `none`
  enforce  any crash (a worker killed by a signal, or its JSON result on the
           pipe unreadable), any timeout, and any other difference from
           `none` that expected_enforce.txt does not explain

A difference is confirmed by running the module again, alone, both ways
(a flaky test that passes the second time, or that passes with the shim
both times while failing without it, is reported as FLAKY, not a
failure). Exit status: 0 pass, 1 fail, 77 skip (no test suite installed).

Usage: run_cpython_suite.py --shim build/lib/libprivguard.so
           [--modes none,report,enforce] [--select all|ci] [--jobs 2]
           [--timeout 600] [--out DIR] [--keep]
"""
import argparse
import collections
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3.11"
TESTSUITE = "/usr/lib/python3.11/test/test_support.py"

# Every resource but the ones that would leave the machine (urlfetch), need
# hardware (audio, gui), many GB of disk (largefile) or minutes of CPU
# (cpu, decimal). `network` stays on: test_socketserver and test_timeout
# need it for 127.0.0.1 servers; tests that reach the internet find no DNS
# here and skip themselves (ResourceDenied) within a second.
RESOURCES = "all,-audio,-gui,-largefile,-urlfetch,-cpu,-decimal,-tzdata,-curses"

JUNIT_ALIASES = {"fork_wait": "test_fork1", "json": "test_json",
                 "_threading_local": "test_threading_local",
                 "http": "test_http_cookies"}

LINE_RE = re.compile(r"\[\s*\d+/\d+(?:/\d+)?\] (test_\w+) (.*)$")


def read_list(path):
    """modules.txt / ci.txt: one name a line, '#' comments."""
    names = []
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.append(line)
    return names


def read_expected(path):
    """expected_enforce.txt: `module  test-id-or-*  reason` per line.

    Returns {module: {test_id_or_star: reason}}."""
    exp = collections.defaultdict(dict)
    if not os.path.exists(path):
        return exp
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split(None, 2)
            if len(parts) < 3:
                sys.exit(f"{path}:{n}: want `module test-id|* reason`")
            exp[parts[0]][parts[1]] = parts[2]
    return exp


def classify(text):
    """The runner's result text -> (status, detail)."""
    text = re.sub(r" -- running: .*$", "", text).strip()
    if text.startswith("passed"):
        return "passed", ""
    if text.startswith("skipped (resource denied)"):
        return "resource-denied", ""
    if text.startswith("skipped"):
        return "skipped", ""
    if text.startswith("failed (env changed)"):
        return "env-changed", ""
    if text.startswith("failed"):
        return "failed", text[len("failed"):].strip()
    if text.startswith("crashed"):
        return "crashed", text[len("crashed"):].strip()
    if text.startswith("timed out"):
        return "timeout", text[len("timed out"):].strip()
    if text.startswith("ran no tests"):
        return "no-tests", ""
    return "other", text


def parse_log(path):
    """{module: (status, detail)} from the runner's progress lines.

    A worker that hits --timeout dumps its threads' tracebacks and exits 1
    ("crashed (Exit code 1)" followed by "Timeout (0:05:00)!"): a timeout."""
    res, last = {}, None
    with open(path, errors="replace") as f:
        for line in f:
            m = LINE_RE.search(line.rstrip("\n"))
            if m:
                last = m.group(1) if m.group(1) not in res else None
                if last:
                    res[last] = classify(m.group(2))
            elif last and re.match(r"Timeout \(\d+:\d+:\d+\)!", line) \
                    and res[last][0] == "crashed":
                res[last] = ("timeout", res[last][1])
    return res


def parse_junit(path):
    """{module: {"run": n, "skipped": [test_id], "bad": {test_id: failure|error}}}."""
    out = collections.defaultdict(lambda: {"run": 0, "skipped": [], "bad": {}})
    if not os.path.exists(path):
        return out
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        return out
    for tc in root.iter("testcase"):
        name = tc.get("name", "")
        parts = name.split(".")
        # test.test_x.Class.test_y, test.test_asyncio.test_events.Class.test_y
        module = parts[1] if len(parts) > 1 and parts[0] == "test" else parts[0]
        # Helpers and doctests named after what they test, not the module.
        module = JUNIT_ALIASES.get(module, module)
        d = out[module]
        d["run"] += 1
        for kind in ("failure", "error"):
            if tc.find(kind) is not None:
                d["bad"][name] = kind
        if tc.find("skipped") is not None:
            d["skipped"].append(name)
    return out


def descendants(root):
    """Every process below root (by parent pid)."""
    children = collections.defaultdict(list)
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children[ppid].append(int(d))
            except (OSError, ValueError, IndexError):
                pass
    out, todo = [], [root]
    while todo:
        for c in children.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def mode_env(mode, shim, findings):
    env = dict(os.environ)
    # PYTHON* (PYTHONUNBUFFERED, PYTHONDONTWRITEBYTECODE...) change what
    # test_cmd_line and test_compileall expect; PRIVGUARD_* are ours to set.
    for k in list(env):
        if k.startswith(("PYTHON", "PRIVGUARD_")) or k == "LD_PRELOAD":
            del env[k]
    if mode != "none":
        env["LD_PRELOAD"] = shim
        env["PRIVGUARD_MODE"] = mode
        env["PRIVGUARD_REPORT"] = findings
    return env


def run_suite(mode, modules, args, tag):
    """One `python3.11 -m test` run; returns (results, junit, seconds)."""
    base = os.path.join(args.out, tag)
    log, xml, findings = base + ".log", base + ".xml", base + "-findings.jsonl"
    for p in (log, xml, findings):
        if os.path.exists(p):
            os.unlink(p)
    # The same length of path in every run: tests that bind AF_UNIX sockets
    # under it skip themselves when it is too long (108 bytes), and a run
    # whose name is longer would skip more (test_pathlib, test_socket).
    tmp = tempfile.mkdtemp(prefix="pgcpy-", dir="/tmp")
    cmd = ["nice", PYTHON, "-m", "test", f"-j{args.jobs}",
           "--timeout", str(args.timeout), "-u", RESOURCES,
           "--junit-xml", xml, "--tempdir", tmp]
    for pat in read_list(os.path.join(HERE, "ignore.txt")):
        cmd += ["-i", pat]
    cmd += modules
    # The whole run may not take longer than every module one after the
    # other at its timeout (a hung runner, not a hung test).
    overall = args.timeout * (len(modules) // max(args.jobs, 1) + 2)
    t0 = time.monotonic()
    with open(log, "w") as lf:
        lf.write("$ " + " ".join(cmd) + "\n")
        lf.flush()
        p = subprocess.Popen(cmd, stdout=lf, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL,
                             env=mode_env(mode, args.shim, findings),
                             cwd=tmp, start_new_session=True)
        try:
            rc = p.wait(timeout=overall)
        except subprocess.TimeoutExpired:
            # Workers run in sessions of their own: kill the whole tree.
            for pid in descendants(p.pid):
                try:
                    os.kill(pid, 9)
                except OSError:
                    pass
            os.killpg(p.pid, 9)
            rc = p.wait()
            lf.write(f"\nrun_cpython_suite: runner killed after {overall} s\n")
    secs = time.monotonic() - t0
    shutil.rmtree(tmp, ignore_errors=True)
    res = parse_log(log)
    for m in modules:
        if m not in res:
            # The runner died or hung before reporting it.
            res[m] = ("missing", f"no result line (runner exit {rc})")
    return res, parse_junit(xml), secs


def same(a, b, ja, jb, m):
    """Same module result, same failing and same skipped test cases."""
    return (a[m][0] == b[m][0] and set(ja[m]["bad"]) == set(jb[m]["bad"])
            and set(ja[m]["skipped"]) == set(jb[m]["skipped"]))


def describe(res, junit, m):
    status, detail = res[m]
    bad = junit[m]["bad"]
    s = status + (f" {detail}" if detail else "")
    if bad:
        s += " [" + ", ".join(sorted(f"{k}:{v}" for k, v in bad.items())) + "]"
    s += f" ({junit[m]['run']} run, {len(junit[m]['skipped'])} skipped)"
    return s


def count_findings(path):
    c = collections.Counter()
    if os.path.exists(path):
        with open(path, errors="replace") as f:
            for line in f:
                try:
                    d = json.loads(line)
                    c[(d.get("rule"), d.get("action"))] += 1
                except ValueError:
                    c[("<unparsable line>", "")] += 1
    return c


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shim", required=True)
    ap.add_argument("--modes", default="none,report,enforce")
    ap.add_argument("--select", default="all",
                    help="all: modules.txt; ci: ci.txt; or a comma-separated list")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=600,
                    help="seconds per module (regrtest --timeout)")
    ap.add_argument("--out", default=None, help="logs, junit and findings here")
    ap.add_argument("--keep", action="store_true", help="keep --out's files")
    ap.add_argument("--evaluate", metavar="DIR",
                    help="judge the logs a run left in DIR (--out ... --keep) "
                         "again, e.g. after editing expected_enforce.txt; runs nothing")
    ap.add_argument("--no-confirm", action="store_true",
                    help="do not re-run differing modules to rule out flakes")
    args = ap.parse_args()
    # Started in the background by a non-interactive shell, SIGINT comes
    # ignored, the ignoring is inherited across exec and Python then never
    # raises KeyboardInterrupt: test_signal and test_threading would fail.
    signal.signal(signal.SIGINT, signal.default_int_handler)

    if not os.path.exists(PYTHON) or not os.path.exists(TESTSUITE):
        print(f"SKIP: {PYTHON} or its test suite ({TESTSUITE}) is missing: "
              "apt-get install libpython3.11-testsuite (scripts/setup does)")
        return 77
    args.shim = os.path.abspath(args.shim)
    if not os.path.exists(args.shim):
        print(f"FAIL: no shim at {args.shim}")
        return 1
    if args.select == "all":
        modules = read_list(os.path.join(HERE, "modules.txt"))
    elif args.select == "ci":
        modules = read_list(os.path.join(HERE, "ci.txt"))
    else:
        modules = args.select.split(",")
    modes = args.modes.split(",")
    if "none" not in modes:
        modes.insert(0, "none")
    expected = read_expected(os.path.join(HERE, "expected_enforce.txt"))
    known_gaps = read_expected(os.path.join(HERE, "known_gaps.txt"))
    made_out = args.out is None
    if made_out:
        args.out = tempfile.mkdtemp(prefix="privguard-cpython-")
    os.makedirs(args.out, exist_ok=True)
    args.out = os.path.abspath(args.out)

    print(f"CPython suite: {len(modules)} modules, modes {','.join(modes)}, "
          f"-j{args.jobs}, --timeout {args.timeout}; logs in {args.out}", flush=True)
    results, junits, times = {}, {}, {}
    for mode in modes:
        if args.evaluate:
            base = os.path.join(args.evaluate, mode)
            res = parse_log(base + ".log")
            for m in modules:
                res.setdefault(m, ("missing", "no result line"))
            results[mode], junits[mode], times[mode] = res, parse_junit(base + ".xml"), 0.0
            args.no_confirm = True
            continue
        results[mode], junits[mode], times[mode] = run_suite(mode, modules, args, mode)
        counts = collections.Counter(s for s, _ in results[mode].values())
        print(f"run {mode}: {times[mode]:.0f} s: "
              + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())), flush=True)

    base, jbase = results["none"], junits["none"]
    failures = 0
    table = []
    for mode in modes:
        if mode == "none":
            continue
        res, jres = results[mode], junits[mode]
        for m in modules:
            verdict, note = "PASS", ""
            if res[m][0] in ("crashed", "timeout", "missing"):
                verdict, note = "FAIL", "crash/hang/framing"
            elif not same(base, res, jbase, jres, m):
                verdict = "DIFF"
            def explained(res, jres):
                """The expected_enforce.txt reasons covering every newly
                failing test case of a module that just failed, or None."""
                exp = expected.get(m, {})
                bad = set(jres[m]["bad"]) - set(jbase[m]["bad"])
                if mode != "enforce" or not exp or res[m][0] != "failed" or not bad:
                    return None
                if "*" not in exp and not bad <= set(exp):
                    return None
                return "; ".join(sorted(set(exp[k] for k in exp if k == "*" or k in bad)))
            if verdict == "DIFF" and explained(res, jres):
                verdict, note = "XFAIL", explained(res, jres)
            if verdict == "DIFF" and not args.no_confirm:
                # Again, alone, both ways: a flake that does not repeat is no difference.
                r1, j1, _ = run_suite("none", [m], args, f"confirm-none-{m}")
                r2, j2, _ = run_suite(mode, [m], args, f"confirm-{mode}-{m}")
                if r2[m][0] in ("crashed", "timeout", "missing"):
                    verdict, note = "FAIL", "crash/hang/framing on re-run"
                elif same(r1, r2, j1, j2, m):
                    verdict, note = "FLAKY", "same result when run again alone"
                elif r2[m][0] == "passed" and res[m][0] == "passed" and "failed" in (base[m][0], r1[m][0]):
                    # Passing with the shim, twice, where the run without it
                    # failed: the shim cannot make a failing test pass; the
                    # test is flaky without it (seen: test_ftplib's
                    # test_storlines on a loaded machine, twice in a row).
                    verdict, note = "FLAKY", "failed without the shim, passed with it, twice"
            if verdict == "DIFF":
                verdict = "FAIL"
                note = ("report mode must change nothing" if mode == "report"
                        else "not explained by expected_enforce.txt")
            if mode == "enforce" and m in known_gaps:
                reason = "; ".join(sorted(set(known_gaps[m].values())))
                if verdict == "FAIL":
                    verdict, note = "KNOWN GAP", f"{note}; known_gaps.txt: {reason}"
                elif verdict == "PASS":
                    verdict, note = "FIXED", f"known_gaps.txt lists it ({reason}): remove the line"
            if verdict == "FAIL":
                failures += 1
            table.append((mode, m, verdict, describe(base, jbase, m),
                          describe(res, jres, m), note))
            if verdict != "PASS":
                print(f"{verdict}: {mode} {m}: {describe(res, jres, m)} "
                      f"(without the shim: {describe(base, jbase, m)})"
                      + (f" -- {note}" if note else ""), flush=True)

    # Modules that ran nothing at all would hide everything.
    for m in modules:
        if base[m][0] in ("skipped", "resource-denied", "no-tests"):
            print(f"NOTE: {m} {base[m][0]} without the shim: it checks nothing here")

    for mode in modes:
        if mode == "none":
            continue
        c = count_findings(os.path.join(args.evaluate or args.out, f"{mode}-findings.jsonl"))
        if c:
            print(f"findings in {mode} mode: "
                  + ", ".join(f"{r} {a} {n}" for (r, a), n in c.most_common()))
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump({"times": times, "table": table,
                   "results": {k: {m: list(v) for m, v in r.items()}
                               for k, r in results.items()},
                   "junit": {k: {m: dict(v) for m, v in j.items()}
                             for k, j in junits.items()}}, f, indent=1)
    print("times: " + ", ".join(f"{k} {v:.0f} s" for k, v in times.items()))
    n = sum(1 for t in table if t[2] == "PASS")
    print(f"{n} passed, {failures} failed "
          f"({sum(1 for t in table if t[2] == 'XFAIL')} expected differences, "
          f"{sum(1 for t in table if t[2] == 'FLAKY')} flaky)")
    if made_out and not args.keep and failures == 0:
        shutil.rmtree(args.out, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
