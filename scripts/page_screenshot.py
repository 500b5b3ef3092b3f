"""The README's screenshot of the web page: an example article summarised on a running server.

    make serve                                   # in another terminal
    .venv/bin/python scripts/page_screenshot.py  # writes docs/web-page.png (then: pngquant to keep it small)

Needs Debian `chromium` and the `dev` extra (playwright); fonts-noto-core gives the page its Naskh font.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8000/")
    parser.add_argument("--article", type=Path, default=Path("examples/article.txt"))
    parser.add_argument("-o", "--output", type=Path, default=Path("docs/web-page.png"))
    parser.add_argument("--width", type=int, default=900)
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": 900}, reduced_motion="reduce")
        page.goto(args.url)
        page.fill("#article", args.article.read_text(encoding="utf-8"))
        page.click("#submit")
        page.wait_for_selector("#result:not([hidden])")
        page.evaluate("window.scrollTo(0, 0)")
        args.output.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.output), full_page=True)
        browser.close()
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
