"""The review web app, route by route, through Starlette's test client."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from starlette.testclient import TestClient

import rewardkit as rk
from rewardkit.review import SHORTCUTS, ReviewError, ReviewQueue, create_app
from rewardkit.review._app import _hostname
from test_review_model import TEXT, make_story

TOKEN = "t0k3n-" + "x" * 30
CSRF = "csrf-" + "y" * 30
BASE = "http://127.0.0.1:8765"
AT = datetime(2025, 7, 1, 12, 0, 0, tzinfo=UTC)

GET_ROUTES = ["/", "/story/1", "/next?after=1", "/static/review.css", "/static/review.js"]
POST_ROUTES = [
    ("/story/1/decide", {"item": "d0", "decision": "reject"}),
    ("/story/1/mark", {"phrase": "sunny", "category": "NAME"}),
    ("/story/1/operator", {"category": "NAME", "operator": "mask"}),
    ("/story/1/confirm", {}),
]


@pytest.fixture
def queue(tmp_path):
    items = [make_story("rv-0001"), make_story("rv-0002"), make_story("rv-0003")]
    return ReviewQueue(items, out=tmp_path / "out.jsonl", reviewer="me", clock=lambda: AT)


@pytest.fixture
def anonymous(queue):
    """A client without the token."""
    return TestClient(create_app(queue, token=TOKEN, csrf_token=CSRF), base_url=BASE)


@pytest.fixture
def client(anonymous):
    """A client that opened the printed address, so it holds the cookie."""
    response = anonymous.get(f"/?token={TOKEN}")
    assert response.status_code == 200
    return anonymous


def post(client, path, data, *, csrf=CSRF, **kwargs):
    return client.post(path, data={"csrf": csrf, **data}, follow_redirects=False, **kwargs)


# -- the token -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", GET_ROUTES)
def test_every_page_needs_the_token(anonymous, path):
    response = anonymous.get(path)
    assert response.status_code == 403
    assert "open the address that 'rewardkit review' printed" in response.text


@pytest.mark.parametrize(("path", "data"), POST_ROUTES)
def test_every_action_needs_the_token(anonymous, queue, path, data):
    response = post(anonymous, path, data)
    assert response.status_code == 403
    assert queue.done == 0
    assert all(d.accepted for d in queue.review(0).detections)
    assert queue.review(0).marks == ()


@pytest.mark.parametrize("path", ["/nowhere", "/story/99"])
def test_unknown_pages_need_the_token_too(anonymous, path):
    assert anonymous.get(path).status_code == 403


@pytest.mark.parametrize("path", GET_ROUTES)
def test_a_wrong_token_is_refused(anonymous, path):
    separator = "&" if "?" in path else "?"
    assert anonymous.get(f"{path}{separator}token=wrong").status_code == 403
    anonymous.cookies.set(_cookie_name(anonymous), "wrong")
    assert anonymous.get(path).status_code == 403


def _cookie_name(client) -> str:
    response = client.get(f"/?token={TOKEN}", follow_redirects=False)
    (name,) = re.findall(r"^([^=]+)=", response.headers["set-cookie"])
    client.cookies.clear()
    return name


def test_the_token_becomes_a_strict_http_only_cookie(anonymous):
    response = anonymous.get(f"/story/2?token={TOKEN}&x=1", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/story/2?x=1"  # the token leaves the address bar
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("rewardkit-review-")
    assert f"={TOKEN};" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert "Path=/" in cookie
    assert anonymous.get("/story/2").status_code == 200


@pytest.mark.parametrize("path", GET_ROUTES)
def test_with_the_cookie_every_page_answers(client, path):
    response = client.get(path)
    assert response.status_code == 200


def test_the_token_in_the_query_is_enough_for_an_action(anonymous, queue):
    anonymous.cookies.clear()
    response = post(
        anonymous, f"/story/1/decide?token={TOKEN}", {"item": "d0", "decision": "reject"}
    )
    assert response.status_code == 303
    assert not queue.review(0).item("d0").accepted


def test_two_apps_use_two_cookies(queue):
    one = create_app(queue, token=TOKEN)
    other = "another-token-" + "z" * 20
    two = create_app(queue, token=other)
    a = TestClient(one, base_url=BASE).get(f"/?token={TOKEN}", follow_redirects=False)
    b = TestClient(two, base_url=BASE).get(f"/?token={other}", follow_redirects=False)
    assert a.headers["set-cookie"].split("=")[0] != b.headers["set-cookie"].split("=")[0]


def test_a_short_token_is_refused(queue):
    with pytest.raises(ReviewError, match="16"):
        create_app(queue, token="short")  # noqa: S106 - too short on purpose


# -- hosts, origins, methods, headers ------------------------------------------------------


@pytest.mark.parametrize("host", ["evil.example.com", "evil.example.com:8765", "203.0.113.5"])
def test_a_foreign_host_header_is_refused(client, host):
    response = client.get("/", headers={"host": host})
    assert response.status_code == 403
    assert "its own address only" in response.text


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "localhost"])
def test_loopback_host_headers_are_served(client, host):
    assert client.get("/", headers={"host": host}).status_code == 200


def test_any_host_when_remote_access_was_asked_for(queue):
    c = TestClient(create_app(queue, token=TOKEN, allowed_hosts=None), base_url="http://192.0.2.7")
    assert c.get(f"/?token={TOKEN}").status_code == 200


def test_hostname():
    assert _hostname("127.0.0.1:80") == "127.0.0.1"
    assert _hostname("[::1]:80") == "::1"
    assert _hostname("[::1]") == "::1"
    assert _hostname("localhost") == "localhost"


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "http://evil.example.com"},
        {"origin": "null"},
        {"origin": "http://127.0.0.1:9999"},
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
    ],
)
def test_a_form_from_another_site_is_refused(client, queue, headers):
    response = post(
        client, "/story/1/decide", {"item": "d0", "decision": "reject"}, headers=headers
    )
    assert response.status_code == 403
    assert "another site" in response.text
    assert queue.review(0).item("d0").accepted


def test_a_form_from_this_site_is_served(client, queue):
    headers = {"origin": BASE, "sec-fetch-site": "same-origin"}
    response = post(
        client, "/story/1/decide", {"item": "d0", "decision": "reject"}, headers=headers
    )
    assert response.status_code == 303


@pytest.mark.parametrize("csrf", ["", "wrong", CSRF + "x", "é"])
def test_a_form_without_the_csrf_token_is_refused(client, queue, csrf):
    response = post(client, "/story/1/decide", {"item": "d0", "decision": "reject"}, csrf=csrf)
    assert response.status_code == 403
    assert "CSRF" in response.text
    assert queue.review(0).item("d0").accepted


def test_every_form_on_the_page_carries_the_csrf_token(client):
    page = client.get("/story/1").text
    forms = re.findall(r"<form method=\"post\".*?</form>", page, re.DOTALL)
    assert len(forms) >= 5
    assert all(f'name="csrf" value="{CSRF}"' in form for form in forms)


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_refused(client, method):
    response = client.request(method, "/story/1/confirm")
    assert response.status_code == 405


@pytest.mark.parametrize(("path", "data"), POST_ROUTES)
def test_actions_are_never_gets(client, queue, path, data):
    response = client.get(path)
    assert response.status_code == 405
    assert queue.done == 0


def test_security_headers_on_every_answer(client, anonymous):
    for response in (client.get("/"), client.get("/static/review.js"), anonymous.get("/x")):
        headers = response.headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY"
        assert headers["cache-control"] == "no-store"
        assert headers["x-content-type-options"] == "nosniff"


def test_forms_must_be_urlencoded_and_small(client):
    response = client.post("/story/1/decide", json={"csrf": CSRF})
    assert response.status_code == 415
    response = client.post(
        "/story/1/decide",
        content=b"csrf=" + b"x" * 70_000,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 413
    response = client.post(
        "/story/1/decide",
        content=b"csrf=\xff",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 400


# -- pages ---------------------------------------------------------------------------------


def test_queue_page_shows_progress_counts_and_stories(client, queue):
    queue.confirm(1)
    page = client.get("/").text
    assert "<strong>1 of 3</strong> reviewed" in page
    assert "redacted 2" in page
    assert "reviewed 1" in page
    assert re.search(r'<span class="tag c-person">NAME</span> 4', page)  # two stories not done
    assert re.search(r'<span class="tag c-contact">PHONE</span> 2', page)
    assert page.count('class="row-link"') == 3
    assert 'href="/story/1" data-key="n"' in page


def test_queue_page_when_everything_is_reviewed(client, queue):
    for i in range(3):
        queue.confirm(i)
    page = client.get("/").text
    assert "Every story is reviewed" in page
    assert 'data-key="n"' not in page


def test_story_page_highlights_every_item_with_a_label(client):
    page = client.get("/story/1").text
    assert "Story <strong>1</strong> of 3" in page
    text = re.search(r'<div class="text" id="story-text"[^>]*>(.*?)</div>', page, re.DOTALL)[1]
    assert re.findall(r'<mark class="hl ([^"]+)" data-item="(\w+)">', text) == [
        ("k-redaction c-person", "r0"),
        ("k-detection c-person", "d0"),
        ("k-detection c-person", "d1"),
        ("k-detection c-contact", "d2"),
    ]
    assert '<span class="tag" data-for="d0">NAME<span class="kind"> found</span></span>' in text
    assert '<span class="tag" data-for="r0">NAME<span class="kind"> redacted</span></span>' in text
    # The text itself, without the labels, is the story's text.
    plain = re.sub(r'<span class="tag".*?</span></span>', "", text)
    plain = re.sub(r"<[^>]+>", "", plain)
    assert plain == TEXT
    assert "passes <code>rewardkit validate --profile publish</code>" in page
    for key, _ in SHORTCUTS:
        assert f"<kbd>{key}</kbd>" in page


def test_the_docs_list_every_shortcut():
    from pathlib import Path

    page = (Path(__file__).parent.parent / "docs" / "reviewing.md").read_text(encoding="utf-8")
    for key, _ in SHORTCUTS:
        for part in key.split(" / "):
            assert f"{{kbd}}`{part}`" in page, part


def test_story_page_shows_the_check_before_confirming(client, queue):
    post(client, "/story/1/decide", {"item": "d0", "decision": "reject"})
    page = client.get("/story/1").text
    assert "does <strong>not</strong> pass" in page
    assert "the detectors still find 1 identifier" in page
    assert "<code>phi-residual</code>" in page
    assert re.search(
        r'<div class="text preview".*?NAME<span class="kind"> left</span>', page, re.DOTALL
    )
    assert 'class="item k-detection off"' in page


def test_story_text_is_escaped_and_control_characters_shown(tmp_path):
    text = "She wrote <script>alert('x')</script> & left\x07. Tomasz\u202e waved."
    story = make_story(text=text, redactions=(), title="<b>bold</b>\x1b")
    q = ReviewQueue([story], out=tmp_path / "o.jsonl", reviewer="<i>me</i>", clock=lambda: AT)
    c = TestClient(create_app(q, token=TOKEN), base_url=BASE)
    page = c.get(f"/story/1?token={TOKEN}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert('x')&lt;/script&gt; &amp; left" in page
    assert (
        '<span class="cc" data-s="44" data-cc="1" title="control character U+0007">\\x07</span>'
        in page
    )
    assert "\\u202e" in page
    assert "\u202e" not in page
    assert "&lt;b&gt;bold&lt;/b&gt;\\x1b" in page
    assert "reviewer: &lt;i&gt;me&lt;/i&gt;" in page


def test_static_files(client):
    css = client.get("/static/review.css")
    assert css.headers["content-type"].startswith("text/css")
    js = client.get("/static/review.js")
    assert js.headers["content-type"].startswith("text/javascript")
    assert "keydown" in js.text
    assert client.get("/static/other.js").status_code == 404


def test_unknown_story_is_404(client):
    assert client.get("/story/4").status_code == 404
    assert client.get("/story/0").status_code == 404
    assert post(client, "/story/9/confirm", {}).status_code == 404


def test_next_skips_to_the_next_story_to_review(client, queue):
    queue.confirm(1)
    response = client.get("/next?after=1", follow_redirects=False)
    assert response.headers["location"] == "/story/3"
    response = client.get("/next?after=3", follow_redirects=False)
    assert response.headers["location"] == "/story/1"
    assert client.get("/next?after=x").status_code == 400
    for i in (0, 2):
        queue.confirm(i)
    assert client.get("/next?after=1", follow_redirects=False).headers["location"] == "/"


def test_back_links_to_the_previous_story(client):
    assert 'href="/story/1" data-key="b"' in client.get("/story/2").text
    assert 'data-key="b"' not in client.get("/story/1").text


# -- actions -------------------------------------------------------------------------------


def test_decide(client, queue):
    response = post(client, "/story/1/decide", {"item": "d1", "decision": "reject"})
    assert response.status_code == 303
    assert response.headers["location"] == "/story/1#item-d1"
    assert not queue.review(0).item("d1").accepted
    post(client, "/story/1/decide", {"item": "d1", "decision": "accept"})
    assert queue.review(0).item("d1").accepted


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"item": "d0", "decision": "maybe"}, "decide &#39;accept&#39; or &#39;reject&#39;"),
        ({"item": "d7", "decision": "reject"}, "no item &#39;d7&#39; in this story"),
        ({"item": "r0", "decision": "reject"}, "is a recorded redaction"),
    ],
)
def test_bad_decisions(client, data, message):
    response = post(client, "/story/1/decide", data)
    assert response.status_code == 400
    assert message in response.text
    assert 'role="alert"' in response.text


def test_mark_by_selection(client, queue):
    start = TEXT.index("sunny")
    response = post(
        client,
        "/story/1/mark",
        {"start": str(start + 1), "end": str(start + 3), "category": "NAME"},
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/story/1#item-m0"
    (mark,) = queue.review(0).marks
    assert (mark.start, mark.end) == (start, start + 5)


def test_mark_by_phrase(client, queue):
    post(client, "/story/1/mark", {"start": "", "end": "", "phrase": "sunny", "category": "NAME"})
    assert len(queue.review(0).marks) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"start": "a", "end": "3", "category": "NAME"}, "must be numbers"),
        ({"start": "3", "end": "2", "category": "NAME"}, "not inside the text"),
        ({"phrase": "Zebedee", "category": "NAME"}, "do not occur"),
        ({"phrase": "sunny", "category": "NOPE"}, "unknown category"),
    ],
)
def test_bad_marks(client, data, message):
    response = post(client, "/story/1/mark", data)
    assert response.status_code == 400
    assert message in response.text


def test_operator(client, queue):
    response = post(
        client, "/story/1/operator", {"category": "PHONE", "operator": "mask", "item": "d2"}
    )
    assert response.headers["location"] == "/story/1#item-d2"
    assert queue.review(0).operator(rk.PhiCategory.PHONE) is rk.RedactionOperator.MASK
    response = post(client, "/story/1/operator", {"category": "PHONE", "operator": "erase"})
    assert response.status_code == 400


def test_confirm_writes_the_file_and_moves_on(client, queue, tmp_path):
    post(client, "/story/1/decide", {"item": "d0", "decision": "reject"})
    post(client, "/story/1/mark", {"phrase": "sunny", "category": "NAME"})
    response = post(client, "/story/1/confirm", {})
    assert response.status_code == 303
    assert response.headers["location"] == "/story/2?saved=rv-0001"
    (line,) = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    written = rk.loads(line)
    assert written.deidentification.status is rk.DeidStatus.REVIEWED
    assert written.deidentification.reviewed_by == "me"
    assert written.deidentification.reviewed_at == AT
    assert "Faith" in written.text
    assert "sunny" not in written.text
    assert json.loads(line)["extensions"]["rewardkit"]["review"]["marked"] == 1
    page = client.get("/story/2?saved=rv-0001").text
    assert "Saved rv-0001 as reviewed." in page
    assert "<strong>1 of 3</strong> reviewed" in page


def test_confirm_the_last_story_goes_to_the_queue(client, queue):
    queue.confirm(0)
    queue.confirm(1)
    response = post(client, "/story/3/confirm", {})
    assert response.headers["location"] == "/?saved=rv-0003"


def test_a_reviewed_story_can_be_opened_again(client, queue):
    post(client, "/story/1/confirm", {})
    page = client.get("/story/1").text
    assert "Reviewed by me at 2025-07-01T12:00:00+00:00" in page
    assert "status <strong>reviewed</strong>" in page


def test_confirm_that_cannot_be_done_says_why(tmp_path):
    story = make_story(extensions={"rewardkit": 1})
    q = ReviewQueue([story], out=tmp_path / "o.jsonl", reviewer="me", clock=lambda: AT)
    c = TestClient(create_app(q, token=TOKEN, csrf_token=CSRF), base_url=BASE)
    c.get(f"/?token={TOKEN}")
    response = post(c, "/story/1/confirm", {})
    assert response.status_code == 409
    assert "is not an object" in response.text
    assert not (tmp_path / "o.jsonl").exists()


def test_confirm_that_cannot_write_says_so(client, queue, monkeypatch):
    import rewardkit.review._queue as q

    def full(out, stories):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(q, "_write", full)
    response = post(client, "/story/1/confirm", {})
    assert response.status_code == 500
    assert "could not be written (No space left on device); nothing saved" in response.text
    assert queue.done == 0


def test_resume_on_the_same_output(tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(rk.dumps(make_story(f"rv-000{i}")) + "\n" for i in (1, 2, 3)))
    out = tmp_path / "out.jsonl"
    first = ReviewQueue.open([inputs], out, reviewer="me", clock=lambda: AT)
    c = TestClient(create_app(first, token=TOKEN, csrf_token=CSRF), base_url=BASE)
    c.get(f"/?token={TOKEN}")
    post(c, "/story/1/confirm", {})
    # Stopped, and started again on the same output.
    again = ReviewQueue.open([inputs], out, reviewer="me", clock=lambda: AT)
    c = TestClient(create_app(again, token=TOKEN, csrf_token=CSRF), base_url=BASE)
    page = c.get(f"/?token={TOKEN}").text
    assert "<strong>1 of 3</strong> reviewed" in page
    assert 'href="/story/2" data-key="n"' in page
    post(c, "/story/2/confirm", {})
    assert [s.id for s in rk.load(out)] == ["rv-0001", "rv-0002"]
