"""A real Synapse homeserver on 127.0.0.1 for the tests and bench/: written config, offline signing key,
SQLite, no federation; started and stopped by its process id. Also a small second Matrix client (plain
HTTP on the client-server API), so what the bot posted is read by something that is not the bot's code."""

from __future__ import annotations

import hashlib
import hmac
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import yaml

SHARED_SECRET = "briefbot-test-registration-secret"
SERVER_NAME = "briefbot.test"
_GENEROUS = {"per_second": 10000, "burst_count": 10000}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def homeserver_config(folder: Path, port: int) -> dict[str, Any]:
    return {
        "server_name": SERVER_NAME,
        "pid_file": str(folder / "homeserver.pid"),
        "listeners": [{"port": port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": False,
                       "x_forwarded": False, "resources": [{"names": ["client"], "compress": False}]}],
        "database": {"name": "sqlite3", "args": {"database": str(folder / "homeserver.db")}},
        "media_store_path": str(folder / "media"),
        "signing_key_path": str(folder / "signing.key"),
        "registration_shared_secret": SHARED_SECRET,
        "report_stats": False,
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "bcrypt_rounds": 4,
        "enable_metrics": False,
        "federation_domain_whitelist": [],
        "url_preview_enabled": False,
        "presence": {"enabled": False},
        "rc_message": _GENEROUS,
        "rc_login": {"address": _GENEROUS, "account": _GENEROUS, "failed_attempts": _GENEROUS},
        "rc_joins": {"local": _GENEROUS, "remote": _GENEROUS},
        "rc_invites": {"per_room": _GENEROUS, "per_user": _GENEROUS, "per_issuer": _GENEROUS},
        "rc_registration": _GENEROUS,
        "rc_admin_redaction": _GENEROUS,
        "rc_joins_per_room": _GENEROUS,
    }


def write_signing_key(path: Path) -> None:
    """What `--generate-keys` would write, without starting Synapse for it (offline, instant)."""
    from signedjson.key import generate_signing_key, write_signing_keys

    with path.open("w", encoding="utf-8") as file:
        write_signing_keys(file, [generate_signing_key("a_test")])


@dataclass
class Account:
    user_id: str
    access_token: str
    password: str


class Synapse:
    """One homeserver process; `stop` and `start` again on the same port and database (an outage)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.config_path = folder / "homeserver.yaml"
        self.log_path = folder / "homeserver.log"
        config = homeserver_config(folder, self.port)
        self.config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
        write_signing_key(folder / "signing.key")
        self.process: subprocess.Popen[bytes] | None = None
        self.start_seconds: list[float] = []

    def start(self, timeout: float = 90) -> None:
        started = time.monotonic()
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "synapse.app.homeserver", "-c", str(self.config_path)],
            cwd=self.folder, stdout=log, stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = started + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Synapse exited with {self.process.returncode}; see {self.log_path}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    self.start_seconds.append(time.monotonic() - started)
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"Synapse did not answer /health within {timeout} s; see {self.log_path}")

    def stop(self) -> None:
        """Terminate the process by its pid (kill it if it does not exit within 15 s)."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(15)

    def register(self, localpart: str | None = None, *, admin: bool = False) -> Account:
        """A new account through the shared-secret registration API."""
        name = localpart or f"u{uuid.uuid4().hex[:10]}"
        password = uuid.uuid4().hex
        endpoint = f"{self.url}/_synapse/admin/v1/register"
        nonce = httpx.get(endpoint, timeout=10).json()["nonce"]
        mac = hmac.new(SHARED_SECRET.encode(), digestmod=hashlib.sha1)
        mac.update(b"\x00".join([nonce.encode(), name.encode(), password.encode(),
                                 b"admin" if admin else b"notadmin"]))
        body = {"nonce": nonce, "username": name, "password": password, "admin": admin, "mac": mac.hexdigest()}
        answer = httpx.post(endpoint, json=body, timeout=30)
        answer.raise_for_status()
        data = answer.json()
        return Account(user_id=data["user_id"], access_token=data["access_token"], password=password)


class Person:
    """A second, independent Matrix client: a person in the rooms, reading what the bot posts."""

    def __init__(self, synapse: Synapse, account: Account) -> None:
        self.user_id = account.user_id
        self._http = httpx.Client(base_url=f"{synapse.url}/_matrix/client/v3",
                                  headers={"Authorization": f"Bearer {account.access_token}"}, timeout=30)

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        answer = self._http.request(method, path, **kwargs)
        answer.raise_for_status()
        result: dict[str, Any] = answer.json()
        return result

    def create_room(self, *, invite: tuple[str, ...] = (), encrypted: bool = False) -> str:
        body: dict[str, Any] = {"preset": "private_chat", "invite": list(invite)}
        if encrypted:
            body["initial_state"] = [{"type": "m.room.encryption", "state_key": "",
                                      "content": {"algorithm": "m.megolm.v1.aes-sha2"}}]
        return str(self._call("POST", "/createRoom", json=body)["room_id"])

    def invite(self, room_id: str, user_id: str) -> None:
        self._call("POST", f"/rooms/{quote(room_id)}/invite", json={"user_id": user_id})

    def join(self, room_id: str) -> None:
        self._call("POST", f"/join/{quote(room_id)}", json={})

    def say(self, room_id: str, body: str) -> str:
        path = f"/rooms/{quote(room_id)}/send/m.room.message/{uuid.uuid4().hex}"
        return str(self._call("PUT", path, json={"msgtype": "m.text", "body": body})["event_id"])

    def enable_encryption(self, room_id: str) -> None:
        path = f"/rooms/{quote(room_id)}/state/m.room.encryption"
        self._call("PUT", path, json={"algorithm": "m.megolm.v1.aes-sha2"})

    def set_power_level(self, room_id: str, user_id: str, level: int) -> None:
        path = f"/rooms/{quote(room_id)}/state/m.room.power_levels"
        levels = self._call("GET", path)
        levels.setdefault("users", {})[user_id] = level
        self._call("PUT", path, json=levels)

    def members(self, room_id: str) -> dict[str, str]:
        """user id → membership (join, invite, leave)."""
        events = self._call("GET", f"/rooms/{quote(room_id)}/members")["chunk"]
        return {e["state_key"]: e["content"]["membership"] for e in events}

    def messages(self, room_id: str, sender: str | None = None) -> list[dict[str, Any]]:
        """The room's m.room.message events, oldest first (from `sender` only, when given)."""
        events: list[dict[str, Any]] = []
        token: str | None = None
        for _ in range(20):
            params: dict[str, Any] = {"dir": "b", "limit": 100}
            if token:
                params["from"] = token
            page = self._call("GET", f"/rooms/{quote(room_id)}/messages", params=params)
            events.extend(page.get("chunk", []))
            token = page.get("end")
            if not token or not page.get("chunk"):
                break
        found = [e for e in reversed(events) if e["type"] == "m.room.message"]
        return [e for e in found if sender is None or e["sender"] == sender]

    def wait_for(self, check: Callable[[], Any], timeout: float = 30, what: str = "the condition") -> Any:
        deadline = time.monotonic() + timeout
        while True:
            result = check()
            if result:
                return result
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout} s waiting for {what}")
            time.sleep(0.1)
