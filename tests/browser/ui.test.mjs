// Jejak's web UI in a real browser: Debian's Chromium driven by playwright-core.
// scripts/browser-test.sh starts `jejak serve` on a store holding the seed pages and a
// hostile article, then runs this file with JEJAK_URL set. Screenshots go to
// target/browser-screenshots/ (CI keeps them as artifacts).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const BASE = process.env.JEJAK_URL;
const SHOTS = process.env.JEJAK_SCREENSHOTS ?? "target/browser-screenshots";
let browser;
let page;

before(async () => {
  assert.ok(BASE, "JEJAK_URL must point at a running jejak serve");
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The hostile article sets this flag if any of its script ever runs.
  await page.addInitScript(() => { window.__jejakXss = false; });
});

after(async () => {
  await browser?.close();
});

test("home lists the latest stories", async () => {
  await page.goto(BASE + "/");
  assert.match(await page.locator("h1").innerText(), /Latest|Terkini/);
  const cards = await page.locator(".story-card").count();
  assert.ok(cards >= 1, `expected stories on the home page, saw ${cards}`);
  await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
});

test("the seed story shows both outlets side by side", async () => {
  await page.goto(BASE + "/");
  const card = page.locator(".story-card", { hasText: /kompas/i }).filter({ hasText: /akurat/i }).first();
  assert.equal(await card.count(), 1, "one story carries both seed outlets");
  await card.locator("a.story-title").click();
  await page.waitForURL(/\/story\//);
  const outlets = await page.locator("article.column .outlet").allInnerTexts();
  assert.ok(outlets.some((o) => /kompas/i.test(o)), `columns: ${outlets}`);
  assert.ok(outlets.some((o) => /akurat/i.test(o)), `columns: ${outlets}`);
  await page.screenshot({ path: `${SHOTS}/story.png`, fullPage: true });
});

test("search finds Korotchenko", async () => {
  await page.goto(BASE + "/");
  await page.fill("input[name=q]", "Korotchenko");
  await page.press("input[name=q]", "Enter");
  await page.waitForURL(/\/search\?q=Korotchenko/);
  const hits = await page.locator("ol.hits li").count();
  assert.ok(hits >= 2, `expected both seed articles, saw ${hits}`);
  await page.screenshot({ path: `${SHOTS}/search.png`, fullPage: true });
});

test("hostile titles, bodies and outlet names inject nothing", async () => {
  const pages = ["/", "/search?q=hostile"];
  await page.goto(BASE + "/search?q=hostile");
  const links = await page.locator("ol.hits a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(links.length >= 1, "the hostile article is searchable");
  pages.push(...links);
  const api = await (await page.request.get(BASE + "/api/v1/stories?limit=200")).json();
  for (const story of api.stories) pages.push(`/story/${story.id}`);
  for (const path of pages) {
    await page.goto(BASE + path);
    const report = await page.evaluate(() => {
      const all = [...document.querySelectorAll("*")];
      return {
        scripts: document.querySelectorAll("script").length,
        handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).map((el) => el.outerHTML.slice(0, 80)),
        jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => a.getAttribute("href").trim().toLowerCase().startsWith("javascript:")).length,
        ran: window.__jejakXss,
      };
    });
    assert.equal(report.scripts, 0, `${path}: script elements`);
    assert.deepEqual(report.handlers, [], `${path}: event handler attributes`);
    assert.equal(report.jsLinks, 0, `${path}: javascript: links`);
    assert.equal(report.ran, false, `${path}: injected script ran`);
  }
  await page.goto(BASE + links[0]);
  await page.screenshot({ path: `${SHOTS}/hostile-article.png`, fullPage: true });
});

test("the ingest page takes the token and pasted text, then links the new article", async () => {
  const token = process.env.JEJAK_TOKEN;
  assert.ok(token, "JEJAK_TOKEN must hold the write token jejak serve printed");
  await page.goto(BASE + "/ingest");
  await page.screenshot({ path: `${SHOTS}/ingest-form.png`, fullPage: true });
  await page.fill("#token", token);
  const title = "Jembatan Gantung Baru Diresmikan di Lembah Hijau";
  await page.fill("#text", `${title}\n\nJembatan gantung sepanjang 120 meter diresmikan bupati pada Selasa pagi dan kini menghubungkan dua desa yang selama ini terpisah sungai.\n\nWarga menyambut peresmian itu dengan gembira karena perjalanan ke pasar kini hanya sepuluh menit.`);
  await page.fill("#outlet", "Warta Lembah");
  await Promise.all([page.waitForURL(/\/ingest\/jobs\//), page.click("form.ingest button[type=submit]")]);
  // The job page refreshes itself until the run is done.
  const link = page.locator("ul.new-articles a", { hasText: title });
  await link.waitFor({ timeout: 20000 });
  assert.equal(await page.locator(".new-pages").innerText(), "1");
  await page.screenshot({ path: `${SHOTS}/ingest-result.png`, fullPage: true });
  await link.click();
  await page.waitForURL(/\/article\//);
  assert.match(await page.locator("h1").innerText(), /Jembatan Gantung/);
  // The token is now kept for the session: the form no longer asks for it.
  await page.goto(BASE + "/ingest");
  assert.equal(await page.locator("#token").count(), 0);
  await page.goto(BASE + "/");
  assert.ok(await page.locator(".story-card", { hasText: title }).count() >= 1, "listed on the home page");
});
