// The draft page's only JavaScript (issue #4: at most 120 KB to a phone; React alone would be most of that). The
// page is complete HTML without it: the comment buttons and forms work by plain GET and POST (OpinionSlot.tsx).
// The script makes them better: a form opens under the article without a round trip, the counter counts as one
// types, and the opinion goes to the JSON API with an Idempotency-Key drawn when the form opens and kept until the
// opinion is stored (a double click or a retry after a lost answer stores it once). It also runs the language
// switch.
//
// It is inlined into the page as `(${pageScript})(config)`, so `pageScript` must be self-contained: it may use
// only its argument, its own inner functions and the browser's globals — no imports, no module-level names.
// Every word it shows comes in through `config`, translated on the server.

export type PageScriptConfig = {
  /** The comment forms' settings; absent when the page offers no form. */
  form?: {
    /** POST endpoint of the JSON API for this consultation. */
    api: string;
    max: number;
    text: {
      /** The counter with its number left as "{count}" (the maximum already filled in). */
      counter: string;
      required: string;
      tooLong: string;
      fixErrors: string;
      network: string;
      submitting: string;
      copied: string;
    };
  };
};

export function pageScript(config: PageScriptConfig): void {
  const d = document;
  let serial = 0;

  // crypto.randomUUID exists only on HTTPS pages; a city's intranet demo may be plain HTTP.
  function newKey(): string {
    if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** A copy of a <template>'s content, its "__OF__" ids made unique and other placeholders filled in. */
  function fromTemplate(id: string, prefix: string, code?: string): HTMLElement {
    const box = d.createElement("div");
    let html = (d.getElementById(id) as HTMLTemplateElement).innerHTML.split("__OF__").join(prefix);
    if (code) html = html.split("__CODE__").join(code);
    box.innerHTML = html;
    return box.firstElementChild as HTMLElement;
  }

  function showCopy(root: ParentNode) {
    if (!navigator.clipboard) return;
    root.querySelectorAll<HTMLElement>("[data-receipt-copy]").forEach((b) => (b.hidden = false));
  }

  const slotOf = (el: Element) => el.closest("[data-opinion-slot]") as HTMLElement;
  const toggleOf = (slot: HTMLElement) => slot.querySelector("[data-opinion-open]") as HTMLButtonElement;

  /** Opens a fresh form in the slot (replacing a receipt or an earlier form), focused on the opinion. */
  function openForm(slot: HTMLElement) {
    const toggle = toggleOf(slot);
    const prefix = `of${++serial}`;
    const section = fromTemplate("opinion-form-template", prefix);
    const describedBy = toggle.getAttribute("data-describedby");
    if (describedBy) section.setAttribute("aria-describedby", describedBy);
    (section.querySelector("[data-opinion-title]") as HTMLElement).textContent = toggle.getAttribute("data-title");
    const form = section.querySelector("form") as HTMLFormElement;
    (form.elements.namedItem("articleId") as HTMLInputElement).value = toggle.value === "whole" ? "" : toggle.value;
    (form.elements.namedItem("idempotencyKey") as HTMLInputElement).value = newKey();
    slot.querySelector("[data-opinion-section]")?.remove();
    slot.appendChild(section);
    toggle.hidden = true;
    (form.elements.namedItem("content") as HTMLTextAreaElement).focus();
  }

  /** Closing removes the form the keyboard was in: focus goes back to the button that opened it. */
  function close(slot: HTMLElement) {
    slot.querySelector("[data-opinion-section]")?.remove();
    const toggle = toggleOf(slot);
    toggle.hidden = false;
    toggle.focus();
  }

  function updateCounter(form: HTMLFormElement) {
    const f = config.form!;
    const n = (form.elements.namedItem("content") as HTMLTextAreaElement).value.trim().length;
    const counter = form.querySelector("[data-opinion-counter]") as HTMLElement;
    counter.textContent = f.text.counter.replace("{count}", String(n));
    counter.className = n > f.max ? "text-sm font-medium text-red-700" : "text-sm text-gray-600";
  }

  function clearErrors(form: HTMLFormElement) {
    (form.querySelector("[data-opinion-alert]") as HTMLElement).hidden = true;
    form.querySelectorAll("[aria-invalid]").forEach((control) => {
      const errorId = `${control.id}-error`;
      d.getElementById(errorId)?.remove();
      control.removeAttribute("aria-invalid");
      const rest = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== errorId);
      control.setAttribute("aria-describedby", rest.join(" "));
    });
  }

  /** The message above the form; with field errors, "please fix" there and each message under its field. */
  function showError(form: HTMLFormElement, message: string, fieldErrors?: Record<string, string[]>) {
    const alert = form.querySelector("[data-opinion-alert]") as HTMLElement;
    alert.textContent = fieldErrors
      ? [config.form!.text.fixErrors].concat(fieldErrors.articleId ?? []).join(" ")
      : message;
    alert.hidden = false;
    for (const name of Object.keys(fieldErrors ?? {})) {
      const control = form.elements.namedItem(name) as HTMLInputElement | null;
      if (!control || control.type === "hidden") continue;
      const p = d.createElement("p");
      p.id = `${control.id}-error`;
      p.className = "text-sm font-medium text-red-700";
      p.textContent = fieldErrors![name]!.join(" ");
      control.parentElement!.appendChild(p);
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-describedby", `${control.getAttribute("aria-describedby") ?? ""} ${p.id}`.trim());
    }
  }

  function showReceipt(form: HTMLFormElement, code: string) {
    const section = form.closest("[data-opinion-section]") as HTMLElement;
    const prefix = (section.getAttribute("aria-labelledby") ?? "").replace(/-title$/, "");
    const receipt = fromTemplate("opinion-receipt-template", prefix, code);
    form.replaceWith(receipt);
    showCopy(receipt);
    // The form is gone: move focus to the news so keyboard and screen-reader users land on it.
    (receipt.querySelector("h3") as HTMLElement).focus();
  }

  async function submit(form: HTMLFormElement) {
    const f = config.form!;
    if (form.hasAttribute("data-busy")) return; // a second click while the first is on its way
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "";
    clearErrors(form);
    const content = value("content");
    const text = content.trim();
    if (!text || text.length > f.max) {
      const message = text ? f.text.tooLong : f.text.required;
      showError(form, message, { content: [message] });
      (form.elements.namedItem("content") as HTMLElement).focus();
      return;
    }
    const button = form.querySelector("[data-opinion-submit]") as HTMLButtonElement;
    const label = button.textContent;
    form.setAttribute("data-busy", "");
    button.disabled = true;
    button.textContent = f.text.submitting;
    try {
      const res = await fetch(f.api, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": value("idempotencyKey") },
        body: JSON.stringify({
          articleId: value("articleId"),
          content,
          name: value("name"),
          contact: value("contact"),
          area: value("area"),
        }),
      });
      const body = (await res.json().catch(() => null)) as {
        data?: { receiptCode?: string };
        error?: { message: string; fieldErrors?: Record<string, string[]> };
      } | null;
      const code = body?.data?.receiptCode;
      if (res.ok && code && /^[A-Z2-9]{10}$/.test(code)) return showReceipt(form, code);
      // No usable answer (a proxy's error page …): the opinion may or may not be stored; the same key makes a retry safe.
      if (body?.error) showError(form, body.error.message, body.error.fieldErrors);
      else showError(form, f.text.network);
    } catch {
      showError(form, f.text.network);
    } finally {
      form.removeAttribute("data-busy");
      button.disabled = false;
      button.textContent = label;
    }
  }

  d.addEventListener("click", (e) => {
    const el = (e.target as Element).closest(
      "[data-opinion-open],[data-opinion-close],[data-opinion-another],[data-receipt-copy],[data-locale-cookie]",
    );
    if (!el) return;
    if (el.hasAttribute("data-locale-cookie")) {
      d.cookie = el.getAttribute("data-locale-cookie")!;
      location.reload();
      return;
    }
    if (!config.form) return;
    e.preventDefault();
    const slot = slotOf(el);
    if (el.hasAttribute("data-opinion-open") || el.hasAttribute("data-opinion-another")) openForm(slot);
    else if (el.hasAttribute("data-opinion-close")) close(slot);
    else {
      const done = el.closest("[data-opinion-receipt]")!.querySelector("[data-receipt-copied]") as HTMLElement;
      navigator.clipboard.writeText(el.getAttribute("data-receipt-copy")!).then(
        () => (done.textContent = config.form!.text.copied),
        () => (done.textContent = ""),
      );
    }
  });
  if (!config.form) return;
  d.addEventListener("input", (e) => {
    const target = e.target as HTMLTextAreaElement;
    if (target.name === "content" && target.form?.hasAttribute("data-opinion-form")) updateCounter(target.form);
  });
  d.addEventListener("submit", (e) => {
    const form = e.target as HTMLFormElement;
    if (!form.hasAttribute("data-opinion-form")) return;
    e.preventDefault();
    void submit(form);
  });
  showCopy(d);
}

/** The inline script's text: the function and its configuration (JSON made safe to sit inside <script>). */
export function pageScriptSource(config: PageScriptConfig): string {
  const json = JSON.stringify(config)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `(${pageScript.toString()})(${json});`;
}
