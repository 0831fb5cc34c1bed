#!/usr/bin/env python3
"""One-connection servers on 127.0.0.1 for the shim tests (run WITHOUT the shim).

usage: servers.py tcp|tls|http|https OUT [CERT KEY]

Binds 127.0.0.1 port 0, prints the port on stdout, accepts one
connection, writes the plaintext it received to OUT and exits.
  tcp    everything until the peer closes
  tls    the same inside TLS (CERT, KEY: PEM files)
  http   one request (request line, headers, Content-Length body),
         answered with 200 "ok"
  https  the same inside TLS
Every socket operation has a timeout, so nothing can hang.
"""
import socket
import ssl
import sys

TIMEOUT = 8


def recv_until_eof(conn):
    chunks = []
    while True:
        data = conn.recv(65536)
        if not data:
            return b"".join(chunks)
        chunks.append(data)


def recv_http_request(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
    return head + b"\r\n\r\n" + body


def main():
    mode, out = sys.argv[1], sys.argv[2]
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(TIMEOUT)
    tls = mode in ("tls", "https")
    if tls:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(sys.argv[3], sys.argv[4])
    print(listener.getsockname()[1], flush=True)
    conn, _ = listener.accept()
    conn.settimeout(TIMEOUT)
    if tls:
        conn = ctx.wrap_socket(conn, server_side=True)
    received = recv_until_eof(conn) if mode in ("tcp", "tls") else recv_http_request(conn)
    with open(out, "wb") as f:
        f.write(received)
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    conn.close()


if __name__ == "__main__":
    main()
