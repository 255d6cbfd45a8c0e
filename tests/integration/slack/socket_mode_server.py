"""Slack's side of Socket Mode on 127.0.0.1, as far as a slash command needs it: a WebSocket server (RFC 6455
handshake and framing, stdlib only) that says hello, delivers envelopes and records the app's
acknowledgements. slack_sdk's built-in client speaks plain ws:// to any port but 443 ("for library
testing"), so the real client connects to it unchanged."""

from __future__ import annotations

import base64
import hashlib
import json
import queue
import socket
import struct
import threading
from typing import Any

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
TEXT, CLOSE, PING, PONG = 0x1, 0x8, 0x9, 0xA


class SocketModeServer:
    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self.received: queue.Queue[dict[str, Any]] = queue.Queue()
        self.connected = threading.Event()
        self._outbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/link/?ticket=test"

    def deliver(self, envelope: dict[str, Any]) -> None:
        self._outbox.put(envelope)

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(5)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = connection.recv(4096)
                if not chunk:
                    return
                request += chunk
            headers = dict(line.split(": ", 1) for line in request.decode().split("\r\n")[1:] if ": " in line)
            key = {k.lower(): v for k, v in headers.items()}["sec-websocket-key"]
            accept = base64.b64encode(hashlib.sha1((key + _GUID).encode()).digest()).decode()  # RFC 6455 asks for SHA-1
            connection.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                f"Sec-WebSocket-Accept: {accept}\r\n\r\n").encode())
            _send(connection, TEXT, json.dumps({"type": "hello", "num_connections": 1,
                                                "debug_info": {"host": "test"}}).encode())
            self.connected.set()
            connection.settimeout(0.1)
            while not self._stop.is_set():
                while not self._outbox.empty():
                    _send(connection, TEXT, json.dumps(self._outbox.get()).encode())
                try:
                    opcode, data = _receive(connection)
                except TimeoutError:
                    continue
                except (ConnectionError, OSError):
                    return
                if opcode == TEXT:
                    self.received.put(json.loads(data))
                elif opcode == PING:
                    _send(connection, PONG, data)
                elif opcode == CLOSE:
                    _send(connection, CLOSE, data[:2])
                    return


def _exactly(connection: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def _receive(connection: socket.socket) -> tuple[int, bytes]:
    first, second = connection.recv(1), b""
    if not first:
        raise ConnectionError("closed")
    connection.settimeout(5)  # a frame has started: read it whole
    try:
        second = _exactly(connection, 1)
        length = second[0] & 0x7F
        if length == 126:
            length = struct.unpack(">H", _exactly(connection, 2))[0]
        elif length == 127:
            length = struct.unpack(">Q", _exactly(connection, 8))[0]
        mask = _exactly(connection, 4) if second[0] & 0x80 else b"\0\0\0\0"
        data = bytes(b ^ mask[i % 4] for i, b in enumerate(_exactly(connection, length)))
    finally:
        connection.settimeout(0.1)
    return first[0] & 0x0F, data


def _send(connection: socket.socket, opcode: int, data: bytes) -> None:
    length = len(data)
    if length < 126:
        header = struct.pack(">BB", 0x80 | opcode, length)
    elif length < 1 << 16:
        header = struct.pack(">BBH", 0x80 | opcode, 126, length)
    else:
        header = struct.pack(">BBQ", 0x80 | opcode, 127, length)
    connection.sendall(header + data)
