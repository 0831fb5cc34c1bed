#!/usr/bin/env python3
"""Clean background text for the detection-quality test.

Writes background.txt: deterministic, realistic output of ordinary programs
(web server access logs, JSON application logs, stack traces, database and
container logs, package managers, ls/stat/ps/df output, metrics, CSV) that
holds no personal data and no secrets, but plenty of what detectors confuse
with them: UUIDs, hashes and digests, base64 integrity strings, timestamps
in many formats, durations, versions, prices, ports, pids, permission bits,
IP addresses, long numeric ids. Any finding in it is a false positive.

Usage: python3 background.py  (rewrites background.txt next to this file)
"""
import base64
import hashlib
import os
import random

R = random.Random(20261125)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "background.txt")

HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def uuid():
    return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{R.choice('89ab')}{hexs(3)}-{hexs(12)}"


def ts_iso():
    return (f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:"
            f"{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}Z")


def ts_clf():
    mon = R.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    return f"{R.randint(1, 28):02d}/{mon}/2024:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000"


def ip():
    return ".".join(str(R.randint(1, 254)) for _ in range(4))


def ver():
    return f"{R.randint(0, 12)}.{R.randint(0, 40)}.{R.randint(0, 30)}"


def path():
    parts = R.sample(["api", "v1", "v2", "users", "orders", "items", "health", "static", "assets", "search",
                      "cart", "checkout", "metrics", "auth", "session", "export", "reports", "img"], R.randint(1, 4))
    return "/" + "/".join(parts)


def word():
    return R.choice(["alpha", "bravo", "cache", "delta", "edge", "fetch", "gateway", "queue", "render", "worker",
                     "scheduler", "ingest", "billing", "catalog", "search", "notifier", "ledger"])


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def access_log():
    ua = R.choice(["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                   "curl/7.88.1", "kube-probe/1.29", "python-requests/2.31.0", "Go-http-client/2.0"])
    return (f'{ip()} - - [{ts_clf()}] "{R.choice(["GET", "POST", "PUT", "DELETE"])} {path()}?page={R.randint(1, 90)} '
            f'HTTP/1.1" {R.choice([200, 201, 204, 301, 304, 400, 404, 500])} {R.randint(0, 99999)} "-" "{ua}" '
            f'rt={R.random():.3f}')


def json_log():
    return ('{"ts":"%s","level":"%s","svc":"%s","trace_id":"%s","span_id":"%s","msg":"%s","duration_ms":%.2f,'
            '"status":%d,"bytes":%d}' % (ts_iso(), R.choice(["info", "debug", "warn"]), word(), hexs(32), hexs(16),
                                          R.choice(["request completed", "cache miss", "job finished", "retrying",
                                                    "connection pool resized", "flushed batch"]),
                                          R.random() * 900, R.choice([200, 202, 404, 503]), R.randint(10, 10 ** 7)))


def kv_log():
    return (f"{ts_iso()} level=info component={word()} request_id={uuid()} user_id={R.randint(1, 10 ** 9)} "
            f"order_id={R.randint(10 ** 11, 10 ** 13)} amount={R.randint(1, 9999)}.{R.randint(0, 99):02d} "
            f"currency=EUR latency={R.randint(1, 999)}ms")


def java_trace():
    cls = R.choice(["com.acme.orders.OrderService", "org.springframework.web.servlet.DispatcherServlet",
                    "io.netty.channel.AbstractChannelHandlerContext"])
    return f"\tat {cls}.{R.choice(['handle', 'invoke', 'process'])}({cls.split('.')[-1]}.java:{R.randint(10, 2000)})"


def go_panic():
    return (f"goroutine {R.randint(1, 9999)} [running]:\nmain.(*Server).handle(0xc000{hexs(6)}, 0x{hexs(8)})\n"
            f"\t/src/server.go:{R.randint(10, 900)} +0x{hexs(3)}")


def postgres():
    return (f"{ts_iso()} [{R.randint(100, 99999)}] LOG:  duration: {R.random() * 100:.3f} ms  statement: SELECT id, "
            f"status FROM orders WHERE created_at > now() - interval '{R.randint(1, 30)} days' LIMIT {R.randint(1, 500)}")


def docker():
    return (f"{word()}: Pulling from library/{word()}\nDigest: sha256:{hexs(64)}\n"
            f"Status: Downloaded newer image for {word()}:{ver()}")


def npm():
    pkg = R.choice(["lodash", "react", "express", "typescript", "@babel/core", "@types/node"])
    integ = base64.b64encode(hashlib.sha512(str(R.random()).encode()).digest()).decode()
    return f'"node_modules/{pkg}": {{"version": "{ver()}", "resolved": "https://registry.npmjs.org/{pkg}/-/{pkg.split("/")[-1]}-{ver()}.tgz", "integrity": "sha512-{integ}"}}'


def git_log():
    return f"commit {hexs(40)}\nMerge: {hexs(7)} {hexs(7)}\nDate:   Tue Mar {R.randint(1, 28)} 10:{R.randint(10, 59)}:31 2024 +0100"


def ls_line():
    return (f"{R.choice(['-rw-r--r--', 'drwxr-xr-x', '-rwxr-x---'])} {R.randint(1, 9)} root root "
            f"{R.randint(0, 10 ** 8):>9} Mar {R.randint(1, 28):>2} 10:{R.randint(10, 59)} {word()}.{R.choice(['log', 'db', 'so'])}")


def stat_line():
    return (f"Access: (0{R.choice(['644', '755', '600', '640'])}/-rw-r--r--)  Uid: ({R.randint(0, 65534):>5}/    root)   "
            f"Gid: ({R.randint(0, 65534):>5}/    root)  Inode: {R.randint(10 ** 5, 10 ** 8)}  Links: 1")


def ps_line():
    return (f"root     {R.randint(1, 99999):>7} {R.random() * 10:4.1f} {R.random() * 5:4.1f} {R.randint(10 ** 4, 10 ** 7):>8} "
            f"{R.randint(10 ** 3, 10 ** 6):>7} ?        Ss   10:{R.randint(10, 59)}   0:{R.randint(0, 59):02d} /usr/sbin/{word()}d -c /etc/{word()}.conf")


def df_line():
    return (f"/dev/vd{R.choice('abc')}{R.randint(1, 4)}  {R.randint(10 ** 6, 10 ** 9):>11} {R.randint(10 ** 5, 10 ** 8):>10} "
            f"{R.randint(10 ** 5, 10 ** 8):>10} {R.randint(1, 99)}% /{word()}")


def metrics():
    return (f'http_request_duration_seconds_bucket{{le="{R.choice(["0.005", "0.05", "0.5", "2.5"])}",method="GET",'
            f'route="{path()}"}} {R.randint(0, 10 ** 7)} {R.randint(1700000000000, 1720000000000)}')


def csv_row():
    return (f"{R.randint(10 ** 5, 10 ** 6)},{uuid()},{word()},{R.randint(1, 999)}.{R.randint(0, 99):02d},"
            f"{R.randint(1, 500)},2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d},{R.choice(['true', 'false'])}")


def k8s():
    pod = f"{word()}-{hexs(10)}-{''.join(R.choice(ALNUM) for _ in range(5))}"
    return (f"{R.randint(1, 59)}m  Normal  Pulled  pod/{pod}  Successfully pulled image "
            f'"registry.internal:5000/{word()}:{ver()}" in {R.random() * 9:.3f}s ({R.random() * 9:.3f}s including waiting)')


def syslog():
    return (f"Mar {R.randint(1, 28):>2} 10:{R.randint(10, 59)}:{R.randint(10, 59)} host{R.randint(1, 9)} "
            f"systemd[1]: Started {word()}.service - {word().title()} daemon (pid {R.randint(100, 99999)}).")


def blob():
    return f"payload={b64(R.choice([24, 48, 96]))} checksum=sha1:{hexs(40)} md5={hexs(32)}"


def numbers():
    return (f"ticket #{R.randint(10 ** 6, 10 ** 7)} build {R.randint(1000, 99999)} took {R.randint(1, 59)}m{R.randint(1, 59)}s, "
            f"artifact size {R.randint(10 ** 6, 10 ** 9)} bytes, epoch {R.randint(1600000000, 1800000000)}, "
            f"ts_ns {R.randint(1600000000 * 10 ** 9, 1800000000 * 10 ** 9)}, snowflake {R.randint(10 ** 18, 2 * 10 ** 18)}, "
            f"port {R.randint(1024, 65535)}")


GENERATORS = [access_log, json_log, kv_log, java_trace, go_panic, postgres, docker, npm, git_log, ls_line,
              stat_line, ps_line, df_line, metrics, csv_row, k8s, syslog, blob, numbers]


def main():
    lines = []
    for i in range(3000):
        lines.append(GENERATORS[i % len(GENERATORS)]())
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")


if __name__ == "__main__":
    main()
