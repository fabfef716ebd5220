"""
The review web app: server-rendered pages over a :class:`ReviewQueue`, guarded by a token.

Every request must carry the token, in the query string (the first visit, from the printed
URL: answered with an ``HttpOnly``, ``SameSite=Strict`` cookie and a redirect to the same
page without it) or in that cookie; without it the answer is 403. Tokens are compared in
constant time. Only ``GET`` and ``POST`` are served; ``GET`` never changes anything. Every
``POST`` is a form carrying a CSRF token (compared in constant time), and is refused when
the browser says it comes from another site (``Origin``, ``Sec-Fetch-Site``). The ``Host``
header must name the machine itself (against DNS rebinding) unless remote access was asked
for. Every answer forbids caching, framing and any script, style or image from elsewhere.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from importlib import resources
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import parse_qsl, urlencode

import jinja2
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from rewardkit.story import PhiCategory, RedactionOperator

from ._model import ItemKind, ReviewError, ReviewItem
from ._render import category_group, escape_control, item_word, text_html

if TYPE_CHECKING:
    from collections.abc import Collection

    from starlette.types import ASGIApp, Message, Receive, Scope, Send

    from ._queue import ReviewQueue

__all__ = ["LOOPBACK_NAMES", "create_app"]

#: The ``Host`` names a server on a loopback address answers to.
LOOPBACK_NAMES: Final = frozenset({"127.0.0.1", "localhost", "::1"})
#: The largest form body accepted, in bytes.
MAX_FORM: Final = 64 * 1024
_STATIC: Final = {"review.css": "text/css", "review.js": "text/javascript"}
_SECURITY_HEADERS: Final = (
    (
        b"content-security-policy",
        (
            b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        ),
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)
#: Keyboard shortcuts, as the pages list them.
SHORTCUTS: Final = (
    ("j / k", "next / previous identifier in the list"),
    ("a", "accept the identifier: redact it"),
    ("r", "reject it (a mark: remove it)"),
    ("o", "next operator for the identifier's category"),
    ("m", "mark the selected text (or type it) as a missed identifier"),
    ("t", "choose the category for marking"),
    ("c", "confirm the story and save it"),
    ("s", "skip to the next story to review"),
    ("b", "back to the previous story"),
    ("q", "the queue"),
    ("n", "(on the queue) the next story to review"),
    ("?", "show or hide these keys"),
)


def _same(given: str, expected: str) -> bool:
    """Compare two secrets in constant time."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))


def _hostname(host: str) -> str:
    """The name in a ``Host`` header, without the port and brackets."""
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def printable(value: object) -> str:
    """Escape the control characters of a value from a story, for display."""
    text = str(value)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else escape_control(c) for c in text)


class _Guard:
    """ASGI middleware: the token, the ``Host`` header, cross-site posts, security headers."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        token: str,
        cookie: str,
        allowed_hosts: Collection[str] | None,
    ) -> None:
        self.app = app
        self.token = token
        self.cookie = cookie
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_safely(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        response = self._refusal(Request(scope))
        if response is not None:
            await response(scope, receive, send_safely)
            return
        await self.app(scope, receive, send_safely)

    def _refusal(self, request: Request) -> Response | None:  # noqa: PLR0911 - one per check
        host = request.headers.get("host", "")
        if self.allowed_hosts is not None and _hostname(host) not in self.allowed_hosts:
            return PlainTextResponse("403: this server answers to its own address only", 403)
        given = request.query_params.get("token")
        if given is not None:
            if not _same(given, self.token):
                return _forbidden()
            if request.method in {"GET", "HEAD"}:
                rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
                url = request.url.path + (f"?{urlencode(rest)}" if rest else "")
                response = RedirectResponse(url, status_code=303)
                response.set_cookie(
                    self.cookie, self.token, httponly=True, samesite="strict", path="/"
                )
                return response
        elif not _same(request.cookies.get(self.cookie, ""), self.token):
            return _forbidden()
        if request.method not in {"GET", "HEAD", "POST"}:
            return PlainTextResponse("405: only GET and POST", 405, headers={"allow": "GET, POST"})
        if request.method == "POST":
            site = request.headers.get("sec-fetch-site")
            origin = request.headers.get("origin")
            if site not in {None, "same-origin", "none"} or (
                origin is not None and origin != f"{request.url.scheme}://{host}"
            ):
                return PlainTextResponse("403: a form from another site", 403)
        return None


def _forbidden() -> Response:
    return PlainTextResponse(
        "403: open the address that 'rewardkit review' printed; it holds the token", 403
    )


class _Site:
    """The pages and actions."""

    def __init__(self, queue: ReviewQueue, *, csrf: str) -> None:
        self.queue = queue
        self.csrf = csrf
        env = jinja2.Environment(
            loader=jinja2.PackageLoader("rewardkit.review", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters["p"] = printable
        env.filters["group"] = category_group
        env.filters["word"] = item_word
        self.env = env

    def render(self, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        page = self.env.get_template(name).render(
            csrf=self.csrf,
            shortcuts=SHORTCUTS,
            total=len(self.queue),
            done=self.queue.done,
            reviewer=self.queue.reviewer,
            **context,
        )
        return HTMLResponse(page, status_code=status)

    def _index(self, request: Request) -> int:
        n: int = request.path_params["n"]
        if not 1 <= n <= len(self.queue):
            raise HTTPException(404, f"no story {n}; the queue has {len(self.queue)}")
        return n - 1

    async def _form(self, request: Request) -> dict[str, str]:
        kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            raise HTTPException(415, "a form is expected")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FORM:
                raise HTTPException(413, "the form is too large")
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
        except (UnicodeDecodeError, ValueError):
            raise HTTPException(400, "the form cannot be read") from None
        form = dict(pairs)
        if not _same(form.get("csrf", ""), self.csrf):
            raise HTTPException(403, "the form's CSRF token is missing or wrong; reload the page")
        return form

    # -- pages -------------------------------------------------------------------------------

    async def queue_page(self, request: Request) -> Response:
        q = self.queue
        rows = [
            {
                "n": i + 1,
                "story": q.story(i),
                "done": q.is_done(i),
                "counts": q.detection_counts(i),
            }
            for i in range(len(q))
        ]
        return self.render(
            "queue.html",
            rows=rows,
            statuses=q.status_counts(),
            categories=q.total_detection_counts(),
            next_pending=q.next_pending(),
            saved=request.query_params.get("saved"),
        )

    def story_response(
        self, index: int, *, error: str | None = None, status: int = 200, saved: str | None = None
    ) -> Response:
        q = self.queue
        review = q.review(index)
        check = q.check(index)
        items = review.items()
        residual = [
            ReviewItem(
                id=f"x{k}",
                kind=ItemKind.DETECTION,
                start=d.start,
                end=d.end,
                category=d.category,
                accepted=False,
            )
            for k, d in enumerate(check.residual)
        ]
        result_items = [
            ReviewItem(
                id=f"p{k}", kind=ItemKind.REDACTION, start=r.start, end=r.end, category=r.category
            )
            for k, r in enumerate(check.story.deidentification.redactions)
        ]
        text = review.story.text
        return self.render(
            "story.html",
            status,
            n=index + 1,
            story=review.story,
            is_done=q.is_done(index),
            review=review,
            items=items,
            excerpts={i.id: text[i.start : i.end] for i in items},
            text_html=Markup(text_html(text, items)),  # noqa: S704 - built from escaped parts
            check=check,
            preview_html=Markup(  # noqa: S704 - built from escaped parts
                text_html(
                    check.story.text,
                    [*result_items, *residual],
                    word=lambda i: "left" if i.kind is ItemKind.DETECTION else "redacted",
                )
            ),
            categories=list(PhiCategory),
            operators=list(RedactionOperator),
            used=[(c, review.operator(c)) for c in review.categories()],
            previous=index if index > 0 else None,
            error=error,
            saved=saved,
        )

    async def story_page(self, request: Request) -> Response:
        return self.story_response(self._index(request), saved=request.query_params.get("saved"))

    async def next_story(self, request: Request) -> Response:
        try:
            after = int(request.query_params.get("after", "0")) - 1
        except ValueError:
            raise HTTPException(400, "after must be a story number") from None
        found = self.queue.next_pending(max(-1, min(after, len(self.queue) - 1)))
        return RedirectResponse("/" if found is None else f"/story/{found + 1}", 303)

    async def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in _STATIC:
            raise HTTPException(404, "no such file")
        data = resources.files("rewardkit.review").joinpath("static", name).read_bytes()
        return Response(data, media_type=_STATIC[name])

    # -- actions -----------------------------------------------------------------------------

    def _after(self, index: int, anchor: str | None = None) -> Response:
        return RedirectResponse(f"/story/{index + 1}" + (f"#item-{anchor}" if anchor else ""), 303)

    async def decide(self, request: Request) -> Response:
        index = self._index(request)
        form = await self._form(request)
        item, decision = form.get("item", ""), form.get("decision", "")
        if decision not in {"accept", "reject"}:
            return self.story_response(index, error="decide 'accept' or 'reject'", status=400)
        try:
            self.queue.update(index, lambda r: r.decide(item, accept=decision == "accept"))
        except ReviewError as e:
            return self.story_response(index, error=str(e), status=400)
        return self._after(index, item)

    async def mark(self, request: Request) -> Response:
        index = self._index(request)
        form = await self._form(request)
        category = form.get("category", "")
        start, end, phrase = form.get("start", ""), form.get("end", ""), form.get("phrase", "")
        try:
            if start and end:
                try:
                    s, e = int(start), int(end)
                except ValueError:
                    raise ReviewError("the selection's start and end must be numbers") from None
                review = self.queue.update(index, lambda r: r.mark(s, e, category))
            else:
                review = self.queue.update(index, lambda r: r.mark_phrase(phrase, category))
        except ReviewError as e:
            return self.story_response(index, error=str(e), status=400)
        return self._after(index, f"m{review.next_mark - 1}" if review.marks else None)

    async def operator(self, request: Request) -> Response:
        index = self._index(request)
        form = await self._form(request)
        category, operator = form.get("category", ""), form.get("operator", "")
        try:
            self.queue.update(index, lambda r: r.with_operator(category, operator))
        except ReviewError as e:
            return self.story_response(index, error=str(e), status=400)
        return self._after(index, form.get("item") or None)

    async def confirm(self, request: Request) -> Response:
        index = self._index(request)
        await self._form(request)
        try:
            story = self.queue.confirm(index)
        except ReviewError as e:
            return self.story_response(index, error=str(e), status=409)
        except OSError as e:
            message = f"{self.queue.out} could not be written ({e.strerror or e}); nothing saved"
            return self.story_response(index, error=message, status=500)
        found = self.queue.next_pending(index)
        saved = urlencode({"saved": story.id})
        return RedirectResponse(
            f"/?{saved}" if found is None else f"/story/{found + 1}?{saved}", 303
        )


def create_app(
    queue: ReviewQueue,
    *,
    token: str,
    allowed_hosts: Collection[str] | None = LOOPBACK_NAMES,
    csrf_token: str | None = None,
) -> Starlette:
    """
    Make the review web app (an ASGI application) over *queue*.

    Args:
        queue: The stories to review.
        token: The secret every request must carry (``?token=`` once, then a cookie).
        allowed_hosts: The names the ``Host`` header may give; ``None`` accepts any (for
            ``--allow-remote``).
        csrf_token: The secret every form carries; a random one by default.

    Returns:
        The app; serve it with :class:`ReviewServer` or any ASGI server.

    Raises:
        ReviewError: *token* is shorter than 16 characters.

    .. versionadded:: 0.2.0
    """
    if len(token) < 16:
        raise ReviewError("the token must be at least 16 characters")
    site = _Site(queue, csrf=csrf_token or secrets.token_urlsafe(32))
    # One cookie name per token, so two review servers on one machine don't mix.
    cookie = "rewardkit-review-" + hashlib.sha256(token.encode()).hexdigest()[:12]
    app = Starlette(
        routes=[
            Route("/", site.queue_page, methods=["GET"]),
            Route("/next", site.next_story, methods=["GET"]),
            Route("/story/{n:int}", site.story_page, methods=["GET"]),
            Route("/story/{n:int}/decide", site.decide, methods=["POST"]),
            Route("/story/{n:int}/mark", site.mark, methods=["POST"]),
            Route("/story/{n:int}/operator", site.operator, methods=["POST"]),
            Route("/story/{n:int}/confirm", site.confirm, methods=["POST"]),
            Route("/static/{name}", site.static, methods=["GET"]),
        ],
    )
    app.add_middleware(_Guard, token=token, cookie=cookie, allowed_hosts=allowed_hosts)
    return app
