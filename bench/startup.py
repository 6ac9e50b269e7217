#!/usr/bin/env python3
"""Time from starting summit-briefing to its first 200 answer on a path.

    bench/startup.py BINARY PORT [PATH] [-- SERVER ARGS...]

Starts the binary with `serve --addr 127.0.0.1:PORT` plus the extra arguments, polls the
path every millisecond over a raw socket (no client library start-up in the measurement),
prints the milliseconds, then stops the server it started.
"""
import socket
import subprocess
import sys
import time

def first_ok(port, path, deadline):
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(request)
                if s.recv(16).startswith(b"HTTP/1.1 200"):
                    return True
        except OSError:
            pass
        time.sleep(0.001)
    return False

def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        at = args.index("--")
        args, extra = args[:at], args[at + 1:]
    binary, port = args[0], int(args[1])
    path = args[2] if len(args) > 2 else "/"
    start = time.monotonic()
    server = subprocess.Popen(
        [binary, "serve", "--addr", f"127.0.0.1:{port}", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ok = first_ok(port, path, start + 30)
        took = (time.monotonic() - start) * 1000
    finally:
        server.terminate()
        server.wait()
    if not ok:
        sys.exit(f"no 200 on {path} within 30 s")
    print(f"{took:.1f}")

if __name__ == "__main__":
    main()
