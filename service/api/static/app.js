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

const $ = (id) => document.getElementById(id);

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
}

function showDigest(digest) {
  $("headline").textContent = digest.headline || "";
  $("headline").hidden = !digest.headline;
  const list = $("bullets");
  list.replaceChildren(...(digest.bullets || []).map((text) => {
    const item = document.createElement("li");
    item.textContent = text;
    return item;
  }));
  list.hidden = !(digest.bullets && digest.bullets.length);
  $("summary").textContent = digest.summary || "";
  $("summary").hidden = !digest.summary;
  const total = Object.values(digest.timings_ms || {}).reduce((a, b) => a + b, 0);
  const info = digest.input || {};
  $("meta").textContent =
    `المحرك: ${digest.engine}${digest.model ? " (" + digest.model + ")" : ""} · ` +
    `${info.words ?? "?"} كلمة · ${Math.round(total)} ms` + (info.truncated ? " · اختير من النص أهمه" : "");
  $("result").hidden = false;
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
  try {
    const response = await fetch("/v1/summarize", {
      method: "POST", headers: requestHeaders(), body: JSON.stringify(requestBody()),
    });
    const data = await response.json().catch(() => null);
    if (response.ok && data) {
      showDigest(data);
    } else {
      const error = (data && data.error) || { code: "internal", message: `HTTP ${response.status}` };
      showError(error.code, error.message);
    }
  } catch (failure) {
    showError("network", String(failure));
  } finally {
    button.disabled = false;
    document.body.removeAttribute("aria-busy");
  }
}

async function loadInfo() {
  try {
    const response = await fetch("/v1/info", { headers: requestHeaders() });
    if (response.status === 401) {
      $("key-box").open = true;
      return;
    }
    const info = await response.json();
    for (const [name, engine] of Object.entries(info.engines || {})) {
      if (!engine.loaded) continue;
      const option = document.createElement("option");
      option.value = name;
      option.textContent = name + (engine.model ? ` (${engine.model})` : "");
      $("engine").append(option);
    }
    $("server-info").textContent =
      `الإصدار ${info.version} · المحرك الافتراضي: ${info.default_engine || "قيد التحميل"} · ` +
      `الحد الأقصى ${info.limits.max_chars.toLocaleString("ar")} حرف`;
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
  loadInfo();
});
