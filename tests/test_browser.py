"""
The review app and the stats page in a real headless browser (the system's Chromium).

The browser is the distribution's Chromium, driven by Playwright; no browser is downloaded.
Where no Chromium can be found these tests are skipped with the reason, except in CI (``CI``
set), where they fail instead: CI installs Chromium in ``.ci/run``.

With ``REWARDKIT_SCREENSHOTS=1`` the review test saves the screenshots that
``docs/reviewing.md`` shows, into ``docs/_static/``.
"""

from __future__ import annotations

import os
import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

import rewardkit as rk
from rewardkit.review import ReviewQueue, ReviewServer, create_app
from rewardkit.stats import corpus_stats, read_stories, render_html
from test_review_model import TEXT, make_story

ROOT = Path(__file__).parent.parent
STATIC = ROOT / "docs" / "_static"
TOKEN = "browser-test-token-" + "k" * 24
AT = datetime(2025, 7, 1, 12, 0, 0, tzinfo=UTC)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def find_chromium() -> str | None:
    """The system's Chromium: ``REWARDKIT_CHROMIUM``, ``/usr/bin/chromium``, or on the PATH."""
    configured = os.environ.get("REWARDKIT_CHROMIUM")
    if configured:
        return configured
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the browser tests (.ci/run installs Chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (it comes with the 'tests' extra)")
    executable = find_chromium()
    if executable is None:
        _unavailable("no Chromium found (apt-get install chromium, or set REWARDKIT_CHROMIUM)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


class Console:
    """Every console error and uncaught exception of a page."""

    def __init__(self, page) -> None:
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.set_default_timeout(10_000)
    p.console = Console(p)
    try:
        yield p
    finally:
        context.close()


@pytest.fixture
def serve(tmp_path):
    """Start a review server on a queue; stop it after the test."""
    running: list[tuple[ReviewServer, threading.Thread]] = []

    def start(stories: list[rk.Story], out: Path) -> tuple[str, ReviewQueue]:
        inputs = tmp_path / "stories.jsonl"
        inputs.write_text("".join(rk.dumps(s) + "\n" for s in stories), encoding="utf-8")
        queue = ReviewQueue.open([inputs], out, reviewer="reviewer-1", clock=lambda: AT)
        server = ReviewServer(create_app(queue, token=TOKEN))
        ready = threading.Event()
        thread = threading.Thread(target=server.run, kwargs={"on_ready": ready.set}, daemon=True)
        thread.start()
        assert ready.wait(10), "the review server did not start"
        running.append((server, thread))
        return server.base_url, queue

    yield start
    for server, thread in running:
        server.stop()
        thread.join(10)


def screenshot(page, name: str) -> None:
    if os.environ.get("REWARDKIT_SCREENSHOTS") == "1":
        STATIC.mkdir(exist_ok=True)
        page.screenshot(path=str(STATIC / f"review-{name}.png"), full_page=True)


def press(page, key: str) -> None:
    """Press a shortcut that submits a form or follows a link, and wait for the new page."""
    with page.expect_navigation():
        page.keyboard.press(key)


def double_click_word(page, word: str) -> None:
    """Select a word of the story text as a person does: a double click on it."""
    box = page.evaluate(
        """(word) => {
          const text = document.getElementById('story-text');
          const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.data.indexOf(word);
            if (i >= 0) {
              const r = document.createRange();
              r.setStart(n, i);
              r.setEnd(n, i + word.length);
              const b = r.getBoundingClientRect();
              return {x: b.x + b.width / 2, y: b.y + b.height / 2};
            }
          }
          return null;
        }""",
        word,
    )
    assert box is not None, f"{word!r} is not in the text"
    page.mouse.dblclick(box["x"], box["y"])
    # The page hears of the new selection a moment later (selectionchange).
    page.wait_for_function("document.getElementById('mark-start').value !== ''")


def test_review_a_story_reject_mark_and_confirm_with_the_keyboard(page, serve, tmp_path):
    out = tmp_path / "reviewed.jsonl"
    second = rk.load(ROOT / "examples" / "stories" / "ex-0002.json")
    base, queue = serve([make_story("rv-0001"), second], out)

    page.goto(f"{base}/?token={TOKEN}")
    assert page.url == f"{base}/"  # the token left the address bar for a cookie
    assert page.inner_text("header .progress").strip() == "0 of 2 reviewed"
    screenshot(page, "queue")

    press(page, "n")
    assert page.url == f"{base}/story/1"
    assert "Story 1 of 2" in page.inner_text("header")
    marks = page.locator("#story-text mark.hl")
    assert marks.count() == 4

    # j, j: from the recorded redaction to the first detection, "Faith" (a word here).
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "item-d0"
    assert page.locator('#story-text mark.focused[data-item="d0"]').count() == 1
    press(page, "r")
    assert page.evaluate("document.activeElement.id") == "item-d0"  # the focus stays put
    assert "off" in page.get_attribute("#item-d0", "class")
    assert "does not pass" in page.inner_text(".check .verdict")

    # The detectors missed "sunny": select it and press m.
    double_click_word(page, "sunny")
    start = TEXT.index("sunny")
    assert page.input_value("#mark-start") == str(start)
    assert page.input_value("#mark-end") == str(start + 5)
    assert "Selected “sunny”" in page.inner_text("#selection")
    press(page, "m")
    assert page.locator("#item-m0").count() == 1
    assert page.inner_text("#item-m0 q") == "sunny"
    assert "NAME left" in page.inner_text("#preview-text")  # "Faith", which was rejected
    screenshot(page, "story")

    press(page, "c")
    assert page.url == f"{base}/story/2?saved=rv-0001"
    assert "Saved rv-0001 as reviewed." in page.inner_text("main")
    assert page.inner_text("header .progress").strip() == "1 of 2 reviewed"
    assert page.console.errors == []

    (story,) = rk.load(out)
    assert story.text == (
        "After eight months, [NAME] came to group on her own and asked for Faith, the name of "
        "her old workbook. Her brother [NAME] drove her, and she rang me on [PHONE] afterwards. "
        "Later she said that [NAME] had come along too."
    )
    deid = story.deidentification
    assert (deid.status, deid.reviewed_by, deid.reviewed_at) == (
        rk.DeidStatus.REVIEWED,
        "reviewer-1",
        AT,
    )
    audit = story.extensions["rewardkit"]["review"]
    assert (audit["accepted"], audit["rejected"], audit["marked"]) == (2, 1, 1)
    findings = [f for f in rk.validate(story, profile="publish", now=AT) if f.severity == "error"]
    assert [f.rule for f in findings] == ["phi-residual"]  # the rejected word, as shown


def test_every_shortcut(page, serve, tmp_path):
    out = tmp_path / "reviewed.json"
    stories = [make_story("rv-0001"), make_story("rv-0002"), make_story("rv-0003")]
    base, queue = serve(stories, out)
    page.goto(f"{base}/story/2?token={TOKEN}")
    assert page.is_visible("#keys dl")
    page.keyboard.press("?")
    assert not page.is_visible("#keys dl")
    page.keyboard.press("?")
    assert page.is_visible("#keys dl")

    # k wraps round to the last item, the phone number; o moves its operator on.
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.id") == "item-d2"
    press(page, "o")
    assert page.input_value('form.operator[data-operator="PHONE"] select') == "mask"
    assert page.evaluate("document.activeElement.id") == "item-d2"
    press(page, "r")
    press(page, "a")
    assert "off" not in page.get_attribute("#item-d2", "class")

    # m with nothing selected goes to the words field; type, then Escape and m.
    page.keyboard.press("m")
    assert page.evaluate("document.activeElement.id") == "mark-phrase"
    page.keyboard.type("sunny")
    page.keyboard.press("Escape")
    page.keyboard.press("t")
    assert page.evaluate("document.activeElement.id") == "mark-category"
    page.keyboard.press("Escape")
    press(page, "m")
    assert page.locator("#item-m0").count() == 1
    page.keyboard.press("j")  # to the mark: the list wraps from wherever the focus is
    while page.evaluate("document.activeElement.id") != "item-m0":
        page.keyboard.press("j")
    press(page, "r")
    assert page.locator("#item-m0").count() == 0

    press(page, "b")
    assert page.url == f"{base}/story/1"
    press(page, "s")
    assert page.url == f"{base}/story/2"
    press(page, "q")
    assert page.url == f"{base}/"
    press(page, "n")
    press(page, "c")
    assert queue.done == 1
    assert [s.id for s in rk.load(out)] == ["rv-0001"]
    assert page.console.errors == []


def test_a_newcomer_reviews_an_example_with_the_keyboard_only(page, serve, tmp_path):
    out = tmp_path / "reviewed.jsonl"
    examples = list(rk.load(ROOT / "examples" / "stories" / "policy.jsonl"))
    base, _ = serve(examples, out)
    page.goto(f"{base}/?token={TOKEN}")
    press(page, "n")
    press(page, "c")
    (story,) = rk.load(out)
    assert story.deidentification.status is rk.DeidStatus.REVIEWED
    assert [f for f in rk.validate(story, profile="publish") if f.severity == "error"] == []
    assert page.console.errors == []


def test_the_stats_page_renders_offline(page, tmp_path):
    stats = corpus_stats(
        read_stories([ROOT / "examples" / "stories", ROOT / "examples" / "agreement"])
    )
    html = tmp_path / "stats.html"
    html.write_text(render_html(stats, sources=["examples/"]), encoding="utf-8")
    requests: list[str] = []

    def record(route):
        requests.append(route.request.url)
        route.continue_()

    page.route("**/*", record)
    page.goto(html.as_uri())
    assert requests == [html.as_uri()]  # the page itself, nothing else
    assert page.console.errors == []
    charts = page.locator("svg[role=img]")
    assert charts.count() == 3
    for i in range(3):
        box = charts.nth(i).bounding_box()
        assert box is not None
        assert box["width"] > 200
        assert box["height"] > 100
    titles = [charts.nth(i).locator("title").first.text_content() for i in range(3)]
    assert titles == [
        "Theme frequencies",
        "Top-level themes by narrator role",
        "Top-level themes together",
    ]
    assert page.locator("svg[role=img] rect").count() > 20
