"""Serve the review app on this machine, on a free port by default."""

from __future__ import annotations

import ipaddress
import socket
from typing import TYPE_CHECKING

import uvicorn

if TYPE_CHECKING:
    from collections.abc import Callable

    from starlette.types import ASGIApp

__all__ = ["ReviewServer", "is_loopback"]


def is_loopback(host: str) -> bool:
    """
    Tell whether *host* names this machine only (``localhost``, ``127.0.0.0/8``, ``::1``).

    Args:
        host: A host name or an IP address.

    Returns:
        ``True`` for a loopback address.

    .. versionadded:: 0.2.0
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Server(uvicorn.Server):
    """A uvicorn server that says when it is ready to answer."""

    def __init__(self, config: uvicorn.Config, on_ready: Callable[[], None] | None) -> None:
        super().__init__(config)
        self._on_ready = on_ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self._on_ready is not None and self.started:
            self._on_ready()


class ReviewServer:
    """
    An HTTP server for the review app, bound when it is made.

    The socket is bound at once, so ``port`` is known (a free one for port 0) before
    :meth:`run` starts answering. The server logs no request (the first one carries the
    token).

    Args:
        app: The app (:func:`create_app`).
        host: The address to listen on.
        port: The port; 0 for a free one.

    Raises:
        OSError: The address cannot be bound.

    .. versionadded:: 0.2.0
    """

    def __init__(self, app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0) -> None:
        bare = host.strip("[]")
        family = socket.AF_INET6 if ":" in bare else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM)
        try:
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.bind((bare, port))
        except OSError:
            self._socket.close()
            raise
        self.host = bare
        self.port: int = self._socket.getsockname()[1]
        config = uvicorn.Config(
            app, log_level="warning", access_log=False, lifespan="off", server_header=False
        )
        self._config = config
        self._server: _Server | None = None

    @property
    def base_url(self) -> str:
        """The server's address, ``http://127.0.0.1:PORT``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def run(self, on_ready: Callable[[], None] | None = None) -> None:
        """
        Answer requests until :meth:`stop` is called or the process is interrupted.

        Ctrl-C ends it normally.

        Args:
            on_ready: Called once the server answers.
        """
        self._server = _Server(self._config, on_ready)
        try:
            self._server.run(sockets=[self._socket])
        except KeyboardInterrupt:
            # Ctrl-C: the server has shut down cleanly and passes the signal on; it is how a
            # reviewer stops, not an error.
            pass
        finally:
            self._socket.close()

    def stop(self) -> None:
        """Ask the server to finish the requests under way and stop."""
        if self._server is not None:
            self._server.should_exit = True
