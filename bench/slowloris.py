#!/usr/bin/env python3
"""Holds N stalled connections to a loopback server: each sends a partial request head and then
one more header line every few seconds, never finishing. Connections the server closes are
replaced at once, so N stay open for the whole run. Stops by itself after --duration seconds.

With --source, the connections come from that loopback address (127.0.0.2, say): one host
flooding the server while normal clients come from another. Each connection the server refuses
(closes at once, or answers 503) is replaced at once, so a host over its limit keeps knocking.

Prints one line of JSON: how many were held (min, mean), opened in total, and closed by the server.
"""
import argparse
import ipaddress
import json
import resource
import select
import socket
import sys
import time


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--conns", type=int, default=500)
    p.add_argument("--duration", type=float, default=30.0)
    p.add_argument("--interval", type=float, default=2.0, help="seconds between header lines")
    p.add_argument("--source", default=None, help="loopback address to connect from")
    a = p.parse_args()
    def loopback(h):
        return h == "localhost" or ipaddress.ip_address(h).is_loopback
    if not loopback(a.host) or (a.source and not loopback(a.source)):
        sys.exit("loopback only")
    # Thousands of sockets need more than the usual soft limit of 1024 descriptors.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = a.conns + 64
    if soft < want:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(want, hard), hard))
        except (ValueError, OSError):
            pass

    socks = {}
    opened = closed_by_server = failed = 0
    held = []
    start = time.monotonic()
    last_drip = 0.0

    def open_one():
        nonlocal opened, failed
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(2)
        try:
            if a.source:
                s.bind((a.source, 0))
            s.connect((a.host, a.port))
            s.sendall(b"GET / HTTP/1.1\r\nHost: loopback\r\nUser-Agent: slowloris-test\r\n")
            s.setblocking(False)
        except OSError:
            failed += 1
            s.close()
            return
        socks[s.fileno()] = s
        opened += 1

    while time.monotonic() - start < a.duration:
        while len(socks) < a.conns and time.monotonic() - start < a.duration:
            before = len(socks)
            open_one()
            if len(socks) == before:
                time.sleep(0.05)
                break
        # The server closing a stalled connection shows as readable with EOF (or a 408/400).
        poller = select.poll()
        for fd in socks:
            poller.register(fd, select.POLLIN)
        readable = [socks[fd] for fd, _ in poller.poll(200) if fd in socks]
        for s in readable:
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if not data or data.startswith(b"HTTP/"):
                closed_by_server += 1
                del socks[s.fileno()]
                s.close()
        now = time.monotonic()
        if now - last_drip >= a.interval:
            last_drip = now
            for fd, s in list(socks.items()):
                try:
                    s.send(b"X-Stall: 1\r\n")
                except OSError:
                    closed_by_server += 1
                    del socks[fd]
                    s.close()
        held.append(len(socks))

    for s in socks.values():
        s.close()
    steady = held[len(held) // 10:] or held or [0]
    print(json.dumps({
        "target": a.conns,
        "held_min": min(steady),
        "held_mean": round(sum(steady) / len(steady)),
        "opened": opened,
        "closed_by_server": closed_by_server,
        "connect_failures": failed,
    }))


if __name__ == "__main__":
    main()
