"use strict";

// Arabic explanations for the API's error codes; the server's own message is shown under them.
const ERROR_TEXT = {
  empty_input: "النص فارغ: الصق نص الخبر أولا.",
  not_arabic: "النص لا يبدو خبرا عربيا.",
  input_too_long: "الخبر أطول من الحد الذي يقبله الخادم.",
  invalid_encoding: "ترميز النص غير صالح (يجب أن يكون UTF-8).",
  bad_option: "أحد الخيارات غير صالح.",
  invalid_request: "الطلب غير صالح.",
  engine_unavailable: "المحرك المطلوب غير متاح على هذا الخادم.",
  body_too_large: "حجم الطلب أكبر من المسموح.",
  unauthorized: "مفتاح الواجهة مطلوب أو غير صحيح.",
  overloaded: "الخادم مشغول الآن، أعد المحاولة بعد قليل.",
  not_ready: "الخادم لم يجهز بعد، أعد المحاولة بعد قليل.",
  timeout: "انتهت مهلة المعالجة، أعد المحاولة بعد قليل.",
  internal: "حدث خطأ غير متوقع في الخادم.",
  network: "تعذر الاتصال بالخادم.",
};
const PROGRESS_TEXT = "جارٍ التلخيص…";
const COPIED_TEXT = "نُسخ ✓";
const COPY_FAILED_TEXT = "تعذّر النسخ";

const $ = (id) => document.getElementById(id);

// The parts of a Digest in page order. Each is shown in `#<name>` inside `#<name>-part` (hidden when the part
// is absent); `render` fills the element, `plain` is the part as text for the copy buttons.
const PARTS = [
  { name: "headline", label: "العنوان", render: renderText, plain: (value) => value },
  { name: "bullets", label: "أبرز النقاط", render: renderList,
    plain: (value) => value.map((bullet) => `- ${bullet}`).join("\n") },
  { name: "summary", label: "الملخص", render: renderText, plain: (value) => value },
];

// Functions called with each Digest shown, in order. More (e.g. marking checked spans) can be pushed here.
const DIGEST_RENDERERS = [renderParts, renderMeta];

let shownDigest = null;

function renderText(element, value) {
  element.textContent = value;
}

function renderList(element, values) {
  element.replaceChildren(...values.map((text) => {
    const item = document.createElement("li");
    item.textContent = text;
    return item;
  }));
}

function isPresent(value) {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function renderParts(digest) {
  for (const part of PARTS) {
    const value = digest[part.name];
    const present = isPresent(value);
    const element = $(part.name);
    element.replaceChildren();
    if (present) part.render(element, value);
    $(`${part.name}-part`).hidden = !present;
  }
}

// Latin names and "12 ms" are isolated left-to-right so the Arabic line does not reorder them ("ms 12").
function isolated(text) {
  const bdi = document.createElement("bdi");
  bdi.dir = "ltr";
  bdi.textContent = text;
  return bdi;
}

// A line of items separated by " · "; each item is a list of strings and nodes.
function fillLine(element, items) {
  element.replaceChildren();
  items.forEach((nodes, index) => {
    if (index) element.append(" · ");
    const item = document.createElement("span");
    item.append(...nodes);
    element.append(item);
  });
}

function renderMeta(digest) {
  const info = digest.input || {};
  const total = Object.values(digest.timings_ms || {}).reduce((a, b) => a + b, 0);
  const items = [
    ["المحرك: ", isolated(digest.engine + (digest.model ? ` (${digest.model})` : ""))],
    [`${info.words ?? "?"} كلمة`],
    [isolated(`${Math.round(total)} ms`)],
  ];
  if (info.truncated) items.push(["اختير من النص أهمه"]);
  fillLine($("meta"), items);
}

function digestText(digest, names) {
  const present = PARTS.filter((part) => names.includes(part.name) && isPresent(digest[part.name]));
  if (present.length === 1 && names.length === 1) return present[0].plain(digest[present[0].name]);
  return present.map((part) => `${part.label}:\n${part.plain(digest[part.name])}`).join("\n\n");
}

async function writeClipboard(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");  // plain http on another host: the older way
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "offscreen";
  document.body.append(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("copy refused");
}

async function copyPart(button) {
  if (!shownDigest) return;
  const wanted = button.dataset.copy === "all" ? PARTS.map((part) => part.name) : [button.dataset.copy];
  const label = button.dataset.label || button.textContent;
  button.dataset.label = label;
  try {
    await writeClipboard(digestText(shownDigest, wanted));
    button.textContent = COPIED_TEXT;
  } catch (failure) {
    button.textContent = COPY_FAILED_TEXT;
  }
  setTimeout(() => { button.textContent = label; }, 2000);
}

function bringIntoView(element) {
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  element.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
  element.focus({ preventScroll: true });
}

function requestHeaders() {
  const headers = { "Content-Type": "application/json" };
  const key = $("api-key").value.trim();
  if (key) headers["X-API-Key"] = key;
  return headers;
}

function showError(code, message) {
  const box = $("error");
  box.replaceChildren();
  const main = document.createElement("strong");
  main.textContent = ERROR_TEXT[code] || "تعذر التلخيص.";
  box.append(main);
  if (message) {
    const detail = document.createElement("span");
    detail.className = "detail";
    detail.textContent = `${code}: ${message}`;
    box.append(detail);
  }
  box.hidden = false;
  if (code === "unauthorized") $("key-box").open = true;
  bringIntoView(box);
}

function showDigest(digest) {
  shownDigest = digest;
  for (const render of DIGEST_RENDERERS) render(digest);
  $("result").hidden = false;
  bringIntoView($("result"));
}

// A visible "working" line with the seconds spent (neural engines take seconds); returns its stop function.
function startProgress() {
  const started = performance.now();
  const text = $("progress-text");
  text.textContent = PROGRESS_TEXT;
  $("progress").hidden = false;
  const timer = setInterval(() => {
    const seconds = Math.floor((performance.now() - started) / 1000);
    text.textContent = `${PROGRESS_TEXT} (${seconds.toLocaleString("ar")} ث)`;
  }, 1000);
  return () => {
    clearInterval(timer);
    $("progress").hidden = true;
  };
}

function requestBody() {
  const tasks = [...document.querySelectorAll('input[name="task"]:checked')].map((box) => box.value);
  const body = { text: $("article").value, tasks, max_bullets: Number($("max-bullets").value) };
  if ($("engine").value) body.engine = $("engine").value;
  return body;
}

async function summarize(event) {
  event.preventDefault();
  const button = $("submit");
  $("error").hidden = true;
  $("result").hidden = true;
  button.disabled = true;
  document.body.setAttribute("aria-busy", "true");
  const stopProgress = startProgress();
  try {
    const response = await fetch("/v1/summarize", {
      method: "POST", headers: requestHeaders(), body: JSON.stringify(requestBody()),
    });
    const data = await response.json().catch(() => null);
    stopProgress();
    if (response.ok && data) {
      showDigest(data);
    } else {
      const error = (data && data.error) || { code: "internal", message: `HTTP ${response.status}` };
      showError(error.code, error.message);
    }
  } catch (failure) {
    stopProgress();
    showError("network", String(failure));
  } finally {
    button.disabled = false;
    document.body.removeAttribute("aria-busy");
  }
}

// The engine list and the version line; loaded again when an API key is entered.
async function loadInfo() {
  const select = $("engine");
  const chosen = select.value;
  select.replaceChildren(select.options[0]);
  try {
    const response = await fetch("/v1/info", { headers: requestHeaders() });
    if (response.status === 401) {
      $("key-box").open = true;
      $("server-info").textContent = "أدخل مفتاح الواجهة لعرض المحركات والإصدار.";
      return;
    }
    const info = await response.json();
    for (const [name, engine] of Object.entries(info.engines || {})) {
      if (!engine.loaded) continue;
      const option = document.createElement("option");
      option.value = name;
      option.textContent = name + (engine.model ? ` (${engine.model})` : "");
      select.append(option);
    }
    select.value = [...select.options].some((option) => option.value === chosen) ? chosen : "";
    fillLine($("server-info"), [
      ["الإصدار ", isolated(info.version)],
      ["المحرك الافتراضي: ", info.default_engine ? isolated(info.default_engine) : "قيد التحميل"],
      [`الحد الأقصى ${info.limits.max_chars.toLocaleString("ar")} حرف`],
    ]);
  } catch (failure) {
    $("server-info").textContent = "";
  }
}

function countChars() {
  $("char-count").textContent = `${$("article").value.length.toLocaleString("ar")} حرف`;
}

document.addEventListener("DOMContentLoaded", () => {
  $("summarize-form").addEventListener("submit", summarize);
  $("article").addEventListener("input", countChars);
  $("api-key").addEventListener("change", loadInfo);
  for (const button of document.querySelectorAll("button.copy")) {
    button.addEventListener("click", () => copyPart(button));
  }
  loadInfo();
});
