"""The network page in a real headless Chromium (Debian's, driven by Playwright), with the network cut off.

Run with ``-s`` to see the page sizes and load-to-stable times printed by these tests.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from kg.viz import STYLES

from .conftest import run_kg

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).parent / "artifacts"
FIXTURE = Path(__file__).parent / "fixtures" / "viz_sample.ttl"
XSS_NAME = "<img src=x onerror=alert(1)>"


@dataclass
class Visit:
    """One page load: the page, what went wrong, and how long it took to settle."""

    page: Page
    size: int  # bytes of the HTML file
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    outside: list[str] = field(default_factory=list)  # requests that tried to leave file://
    dialogs: list[str] = field(default_factory=list)  # alert/confirm/prompt opened by the page
    seconds: float = 0.0  # wall clock from navigation to stabilized layout
    stable_ms: int = 0  # the page's own performance.now() when physics stopped

    def js(self, expression: str, arg: object = None) -> object:
        return self.page.evaluate(expression, arg)

    def node_named(self, name: str) -> dict:
        found = self.js("(name) => nodes.get({filter: (n) => n.name === name})", name)
        assert len(found) == 1, f"{name!r}: {len(found)} nodes"
        return found[0]

    def node_position(self, node_id: str) -> tuple[float, float]:
        """Where the node is drawn, in page coordinates."""
        return tuple(self.js("""(id) => {
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const box = document.getElementById('mynetwork').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""", node_id))

    def visible_kinds(self) -> list[str]:
        return sorted(self.js("nodes.get({filter: (n) => !n.hidden}).map((n) => n.kind)"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: run `make browser` (as root)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory) -> Path:
    """The page of the hand-made sample graph, written by the real `kg viz`."""
    out = tmp_path_factory.mktemp("viz-sample") / "graph.html"
    run_kg("viz", "--graph", str(FIXTURE), "--out", str(out), check=True)
    return out


@contextmanager
def visit(browser: Browser, html: Path) -> Iterator[Visit]:
    """Open ``html`` from file:// with every other request aborted, and wait until the layout is stable."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
    page = context.new_page()
    result = Visit(page=page, size=html.stat().st_size)

    def route(route) -> None:  # noqa: ANN001 - Playwright's Route
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            result.outside.append(route.request.url)
            route.abort()

    def dialog(d) -> None:  # noqa: ANN001 - Playwright's Dialog
        result.dialogs.append(d.message)
        d.dismiss()

    context.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and result.errors.append(m.text))
    page.on("pageerror", lambda e: result.errors.append(str(e)))
    page.on("dialog", dialog)
    start = time.perf_counter()
    page.goto(html.resolve().as_uri())
    page.wait_for_function("document.body.dataset.stable === 'true'", timeout=60_000)
    result.seconds = time.perf_counter() - start
    result.stable_ms = result.js("window.kgStableMs")
    try:
        yield result
    finally:
        context.close()


def report(name: str, v: Visit) -> None:
    print(f"\n[{name}] page size {v.size} bytes; load-to-stable {v.seconds * 1000:.0f} ms wall clock "
          f"({v.stable_ms} ms by the page's performance.now())")


def test_sample_page_offline_counts_and_screenshot(browser, sample_html):
    with visit(browser, sample_html) as v:
        assert v.js("[nodes.length, edges.length]") == [20, 29]
        assert v.js("[network.body.data.nodes.length, network.body.data.edges.length]") == [20, 29]
        assert v.js("Object.keys(network.body.nodes).length") == 20
        assert v.js("network.physics.physicsEnabled") is False  # stabilized, then stopped
        assert v.page.locator("#counts").inner_text().startswith("20 entities, 29 links, from 3 press releases")
        assert v.page.locator("#legend").is_visible()
        assert v.page.locator("#legend li").count() == 10
        ARTIFACTS.mkdir(exist_ok=True)
        v.page.screenshot(path=str(ARTIFACTS / "graph-sample.png"))
        report("sample", v)
        assert v.errors == [] and v.outside == [] and v.dialogs == []


def test_known_person_has_its_kind_colour_and_edge_labels_on_click(browser, sample_html):
    with visit(browser, sample_html) as v:
        richey = v.node_named("Valiant Richey")
        assert (richey["kind"], richey["color"], richey["shape"]) == ("person", STYLES["person"].colour, "dot")
        drawn = v.js("(id) => network.body.nodes[id].options.color.background", richey["id"])
        assert drawn == STYLES["person"].colour
        assert v.js("edges.get().filter((e) => e.label && e.label.trim()).length") == 0  # labels only on demand
        x, y = v.node_position(richey["id"])
        v.page.mouse.click(x, y)
        assert v.js("network.getSelectedNodes()") == [richey["id"]]
        labels = v.js("(id) => edges.get(network.getConnectedEdges(id)).map((e) => e.label)", richey["id"])
        assert sorted(labels) == sorted(["mentions / said", "mentions", "spoke at",
                                         "Special Representative and Co-ordinator for Combating Trafficking in "
                                         "Human Beings"])
        assert v.errors == [] and v.outside == []


def test_kind_toggle_hides_and_shows_a_kind(browser, sample_html):
    with visit(browser, sample_html) as v:
        v.page.locator("#legend input[data-kind=person]").uncheck()
        kinds = v.visible_kinds()
        assert "person" not in kinds and len(kinds) == 16
        richey = v.node_named("Valiant Richey")["id"]
        assert v.js("(id) => network.body.nodes[id].options.hidden", richey) is True
        v.page.locator("#legend input[data-kind=person]").check()
        assert v.visible_kinds().count("person") == 4 and len(v.visible_kinds()) == 20
        assert v.errors == []


def test_filter_menu_shows_only_the_chosen_kind(browser, sample_html):
    with visit(browser, sample_html) as v:
        v.page.locator("#legend input[data-kind=place]").uncheck()
        for select, value in (("select-item", "node"), ("select-property", "kind"), ("select-value", "person")):
            v.page.locator(f"#{select}-ts-control").click()
            v.page.locator(f"#{select}-ts-dropdown .option[data-value='{value}']").click()
        v.page.locator("#apply-filter").click()
        assert v.visible_kinds() == ["person"] * 4
        v.page.locator("#reset-filter").click()
        assert len(v.visible_kinds()) == 20
        assert v.page.locator("#legend input[data-kind=place]").is_checked()
        assert v.errors == []


def test_hostile_name_shows_as_text_and_runs_nothing(browser, sample_html):
    with visit(browser, sample_html) as v:
        # The select menu lists it as text...
        v.page.locator("#select-node-ts-control").click()
        v.page.keyboard.type("onerror")
        option = v.page.locator("#select-node-ts-dropdown .option").first
        assert option.inner_text() == XSS_NAME
        option.click()
        xss = v.node_named(XSS_NAME)
        assert v.js("network.getSelectedNodes()") == [xss["id"]]
        # ...the canvas draws it as its label, and the tooltip shows it as text.
        assert xss["label"] == XSS_NAME
        v.page.mouse.click(5, 880)  # clear the selection, so hovering shows the plain tooltip
        x, y = v.node_position(xss["id"])
        v.page.mouse.move(x, y)
        tooltip = v.page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5_000)
        assert tooltip.inner_text().startswith(XSS_NAME + "\nPerson\n")
        assert "<script>alert('evidence')</script>" in tooltip.inner_text()
        # innerText turns the line breaks into <br>; nothing else is an element.
        tags = v.js("Array.from(document.querySelector('div.vis-tooltip').children).map((c) => c.tagName)")
        assert set(tags) == {"BR"}
        # No markup from a release became an element anywhere, and nothing ran.
        assert v.js("document.querySelectorAll('img, b, iframe').length") == 0
        assert v.js("document.querySelectorAll('script').length") == 5  # the page's own inline scripts
        assert "<b>Bold</b>" in v.page.locator("#select-node").evaluate(
            "(s) => Array.from(s.options).map((o) => o.text).join('|')")
        assert v.dialogs == [] and v.errors == [] and v.outside == []


def test_seeds_page_shows_the_four_releases_offline(browser, seeds_build):
    with visit(browser, seeds_build / "graph.html") as v:
        releases = v.js("nodes.get({filter: (n) => n.kind === 'release'}).map((n) => n.label.slice(0, 10))")
        assert sorted(releases) == ["2004-07-23", "2015-07-06", "2018-04-24", "2022-06-15"]
        field = v.node_named("Combating trafficking in human beings")
        assert (field["kind"], field["color"]) == ("field", STYLES["field"].colour)
        assert v.node_named("OSCE Secretariat")["kind"] == "organization"
        assert v.page.locator("#counts").inner_text().endswith("data as of 2022-06-15 · layout done")
        v.page.screenshot(path=str(ARTIFACTS / "graph-seeds.png"))
        report("seeds", v)
        assert v.errors == [] and v.outside == [] and v.dialogs == []


def test_edge_label_shows_on_hover(browser, sample_html):
    with visit(browser, sample_html) as v:
        fedotov = v.node_named("Yury Fedotov")["id"]
        edge = v.js("""(id) => edges.get(network.getConnectedEdges(id))
                          .find((e) => e.relation === 'Executive Director').id""", fedotov)
        x, y = v.js("""(id) => {
            const p = network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5));
            const box = document.getElementById('mynetwork').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""", edge)
        v.page.mouse.move(x, y)
        v.page.wait_for_function("(id) => edges.get(id).label === 'Executive Director'", arg=edge, timeout=5_000)
        tooltip = v.page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5_000)
        assert tooltip.inner_text().startswith(
            "Yury Fedotov → Executive Director → United Nations Office on Drugs and Crime\n  Evidence: said Yury")
        v.page.mouse.move(5, 880)
        v.page.wait_for_function("(id) => edges.get(id).label === ' '", arg=edge, timeout=5_000)
        assert v.errors == []
