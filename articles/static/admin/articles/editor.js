/* The article body editor in the admin: toolbar, counts, "Vista previa",
 * unsaved-change warning, autosave in this browser, and who else is editing.
 *
 * No inline script (the admin's CSP forbids it): the change form template
 * leaves its URLs on #article-editor as data attributes.
 *
 * The toolbar's "Biblioteca" button opens the media library's picker
 * (search, insert in the body, use as the lead image).
 * Hook for other tools: window.NewsroomEditor.insertAtCursor("![texto](https://…)")
 */
(function () {
  "use strict";

  var AUTOSAVE_FIELDS = ["title", "deck", "highlights", "body", "media_links"];
  var HEARTBEAT_MS = 30000;
  var AUTOSAVE_MS = 2000;

  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text) node.textContent = text;
    return node;
  }

  function countWords(text) {
    var words = text.trim().match(/\S+/g);
    return words ? words.length : 0;
  }

  function markDirty(state) {
    state.dirty = true;
  }

  /* Editing helpers: every toolbar button goes through these two. */
  function replaceSelection(textarea, make) {
    var start = textarea.selectionStart;
    var end = textarea.selectionEnd;
    var selected = textarea.value.slice(start, end);
    var result = make(selected);
    textarea.focus();
    textarea.setRangeText(result.text, start, end, "end");
    if (result.select) {
      textarea.setSelectionRange(start + result.select[0], start + result.select[1]);
    }
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function wrap(textarea, before, after, placeholder) {
    replaceSelection(textarea, function (selected) {
      var inner = selected || placeholder;
      return {
        text: before + inner + after,
        select: [before.length, before.length + inner.length],
      };
    });
  }

  function prefixLines(textarea, prefix, placeholder) {
    var start = textarea.value.lastIndexOf("\n", textarea.selectionStart - 1) + 1;
    textarea.setSelectionRange(start, textarea.selectionEnd);
    replaceSelection(textarea, function (selected) {
      var lines = (selected || placeholder).split("\n");
      var text = lines
        .map(function (line) {
          return prefix + line;
        })
        .join("\n");
      return { text: text, select: [prefix.length, text.length] };
    });
  }

  function insertAtCursor(textarea, text) {
    replaceSelection(textarea, function () {
      return { text: text };
    });
  }

  function toolbarActions(textarea) {
    return [
      ["B", "Negritas", function () { wrap(textarea, "**", "**", "texto"); }],
      ["I", "Cursivas", function () { wrap(textarea, "_", "_", "texto"); }],
      ["H", "Subtítulo", function () { prefixLines(textarea, "## ", "Subtítulo"); }],
      ["Enlace", "Enlace", function () {
        var url = window.prompt("Dirección del enlace (https://…)", "https://");
        if (url) wrap(textarea, "[", "](" + url + ")", "texto del enlace");
      }],
      ["Lista", "Lista", function () { prefixLines(textarea, "- ", "elemento"); }],
      ["Cita", "Cita", function () { prefixLines(textarea, "> ", "cita"); }],
      ["Imagen", "Imagen por dirección", function () {
        var url = window.prompt("Dirección de la imagen (https://…)", "https://");
        if (url) wrap(textarea, "![", "](" + url + ")", "descripción de la imagen");
      }],
    ];
  }

  /* The media library's picker: search the library, insert an image in the
   * body (Markdown the renderer turns into a responsive <picture>) or make
   * it the lead image. */
  function blockAtCursor(textarea, text) {
    var before = textarea.value.slice(0, textarea.selectionStart);
    var after = textarea.value.slice(textarea.selectionEnd);
    var lead = !before || /\n\n$/.test(before) ? "" : /\n$/.test(before) ? "\n" : "\n\n";
    var tail = /^\n\n/.test(after) ? "" : /^\n/.test(after) ? "\n" : "\n\n";
    insertAtCursor(textarea, lead + text + tail);
  }

  function setLeadImage(entry) {
    var select = document.getElementById("id_lead_image");
    if (!select) return;
    var option = Array.prototype.find.call(select.options, function (o) {
      return o.value === String(entry.id);
    });
    if (!option) {
      option = new Option(entry.label, String(entry.id), true, true);
      select.appendChild(option);
    }
    select.value = String(entry.id);
    if (window.django && window.django.jQuery) {
      window.django.jQuery(select).trigger("change");
    } else {
      select.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  function buildPicker(textarea, config) {
    var dialog = el("dialog", { class: "md-picker", "aria-labelledby": "md-picker-title" });
    var head = el("div", { class: "md-picker-head" });
    head.appendChild(el("h2", { id: "md-picker-title" }, "Imágenes de la biblioteca"));
    var close = el("button", { type: "button", class: "md-button" }, "Cerrar");
    head.appendChild(close);
    dialog.appendChild(head);
    var label = el("label", { for: "md-picker-search" }, "Buscar por texto alternativo, pie o crédito");
    var search = el("input", { type: "search", id: "md-picker-search", autocomplete: "off" });
    dialog.appendChild(label);
    dialog.appendChild(search);
    var status = el("p", { class: "md-picker-status", role: "status", "aria-live": "polite" });
    dialog.appendChild(status);
    var list = el("ul", { class: "md-picker-results" });
    dialog.appendChild(list);
    if (config.uploadUrl) {
      var upload = el("a", { href: config.uploadUrl, target: "_blank", rel: "noopener" },
        "Subir una imagen a la biblioteca (se abre en otra pestaña)");
      dialog.appendChild(el("p", { class: "md-picker-upload" })).appendChild(upload);
    }
    document.body.appendChild(dialog);

    var hasLeadImage = !!document.getElementById("id_lead_image");
    var request = 0;

    function show(entries) {
      list.textContent = "";
      status.textContent = entries.length
        ? entries.length + (entries.length === 1 ? " imagen" : " imágenes")
        : "No hay imágenes que coincidan.";
      entries.forEach(function (entry) {
        var item = el("li", { class: "md-picker-item" });
        if (entry.thumbnail) {
          item.appendChild(el("img", {
            src: entry.thumbnail, alt: "", width: "120",
            height: String(Math.round(120 * entry.height / entry.width)), loading: "lazy",
          }));
        }
        var text = el("div", { class: "md-picker-text" });
        text.appendChild(el("p", { class: "md-picker-alt" }, entry.alt || "(sin texto alternativo)"));
        var meta = [entry.caption, entry.credit, entry.width + " × " + entry.height + " px"]
          .filter(Boolean).join(" · ");
        text.appendChild(el("p", { class: "md-picker-meta" }, meta));
        var actions = el("div", { class: "md-picker-actions" });
        var insert = el("button", { type: "button", class: "button" }, "Insertar en el cuerpo");
        insert.setAttribute("aria-label", "Insertar en el cuerpo: " + (entry.alt || entry.label));
        insert.addEventListener("click", function () {
          dialog.close();
          blockAtCursor(textarea, entry.markdown);
        });
        actions.appendChild(insert);
        if (hasLeadImage) {
          var lead = el("button", { type: "button", class: "button" }, "Usar como imagen principal");
          lead.setAttribute("aria-label", "Usar como imagen principal: " + (entry.alt || entry.label));
          lead.addEventListener("click", function () {
            dialog.close();
            setLeadImage(entry);
            textarea.form.dispatchEvent(new Event("change"));
          });
          actions.appendChild(lead);
        }
        text.appendChild(actions);
        item.appendChild(text);
        list.appendChild(item);
      });
    }

    function load() {
      var mine = ++request;
      status.textContent = "Buscando…";
      var url = config.pickerUrl + "?q=" + encodeURIComponent(search.value.trim());
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (answer) {
          if (mine === request) show(answer.results || []);
        })
        .catch(function () {
          if (mine === request) status.textContent = "No se pudo consultar la biblioteca.";
        });
    }

    var timer = null;
    search.addEventListener("input", function () {
      // Results of the previous words are never left to click while typing.
      request++;
      list.textContent = "";
      status.textContent = "Buscando…";
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 250);
    });
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault(); // never submits the article form
        window.clearTimeout(timer);
        load();
      }
    });
    close.addEventListener("click", function () {
      dialog.close();
    });
    dialog.addEventListener("close", function () {
      textarea.focus();
    });

    return function open() {
      search.value = "";
      list.textContent = "";
      dialog.showModal();
      search.focus();
      load();
    };
  }

  function buildToolbar(textarea, config) {
    var bar = el("div", { class: "md-toolbar", role: "toolbar", "aria-label": "Formato del cuerpo" });
    var actions = toolbarActions(textarea);
    if (config.pickerUrl) {
      actions.push(["Biblioteca", "Imagen de la biblioteca", buildPicker(textarea, config)]);
    }
    actions.forEach(function (action) {
      var button = el("button", { type: "button", class: "md-button", title: action[1] }, action[0]);
      if (action[0] !== action[1]) button.setAttribute("aria-label", action[1]);
      button.addEventListener("click", action[2]);
      bar.appendChild(button);
    });
    return bar;
  }

  function buildPreview(form, textarea, config) {
    var tabs = el("div", { class: "md-tabs" });
    var write = el("button", { type: "button", class: "md-tab", "aria-pressed": "true" }, "Escribir");
    var show = el("button", { type: "button", class: "md-tab", "aria-pressed": "false" }, "Vista previa");
    tabs.appendChild(write);
    tabs.appendChild(show);
    var pane = el("div", { class: "md-preview", hidden: "" });
    var frame = el("iframe", { title: "Vista previa de la nota", class: "md-preview-frame" });
    pane.appendChild(frame);

    frame.addEventListener("load", function () {
      var doc = frame.contentDocument;
      if (doc && doc.documentElement) {
        frame.style.height = Math.max(200, doc.documentElement.scrollHeight + 20) + "px";
      }
    });

    function showWriting() {
      pane.hidden = true;
      textarea.hidden = false;
      write.setAttribute("aria-pressed", "true");
      show.setAttribute("aria-pressed", "false");
      textarea.focus();
    }

    function showPreview() {
      var data = new FormData();
      data.append("body", textarea.value);
      var title = form.querySelector("#id_title");
      if (title) data.append("title", title.value);
      show.setAttribute("aria-busy", "true");
      fetch(config.previewUrl, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(form) },
      })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (html) {
          frame.srcdoc = html;
          pane.hidden = false;
          textarea.hidden = true;
          write.setAttribute("aria-pressed", "false");
          show.setAttribute("aria-pressed", "true");
        })
        .catch(function () {
          window.alert("No se pudo generar la vista previa. Intente de nuevo.");
        })
        .finally(function () {
          show.removeAttribute("aria-busy");
        });
    }

    write.addEventListener("click", showWriting);
    show.addEventListener("click", showPreview);
    return { tabs: tabs, pane: pane };
  }

  function buildCounts(textarea) {
    var counts = el("p", { class: "md-counts", "aria-live": "polite" });
    function update() {
      var words = countWords(textarea.value);
      var chars = textarea.value.length;
      counts.textContent =
        words + (words === 1 ? " palabra" : " palabras") + " · " +
        chars + (chars === 1 ? " carácter" : " caracteres");
    }
    textarea.addEventListener("input", update);
    update();
    return counts;
  }

  /* Autosave: what the editor typed, kept in this browser until saved. */
  function fieldValues(form) {
    var values = {};
    AUTOSAVE_FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (field) values[name] = field.value;
    });
    return values;
  }

  function sameValues(a, b) {
    return AUTOSAVE_FIELDS.every(function (name) {
      return (a[name] || "") === (b[name] || "");
    });
  }

  function setupAutosave(form, config, state) {
    var key = config.autosaveKey;
    var storage;
    try {
      storage = window.localStorage;
    } catch (error) {
      return;
    }
    if (!key || !storage) return;
    var saved = null;
    try {
      saved = JSON.parse(storage.getItem(key) || "null");
    } catch (error) {
      saved = null;
    }
    if (saved && saved.values && !sameValues(saved.values, fieldValues(form))) {
      var offer = el("div", { class: "md-restore", role: "region", "aria-label": "Borrador sin guardar" });
      var when = new Date(saved.savedAt);
      offer.appendChild(
        el("p", {}, "Hay cambios sin guardar de esta nota en este navegador (" +
          when.toLocaleString("es-MX") + ").")
      );
      var restore = el("button", { type: "button", class: "button" }, "Recuperar");
      var discard = el("button", { type: "button", class: "button" }, "Descartar");
      offer.appendChild(restore);
      offer.appendChild(discard);
      restore.addEventListener("click", function () {
        AUTOSAVE_FIELDS.forEach(function (name) {
          var field = form.elements[name];
          if (field && name in saved.values) {
            field.value = saved.values[name];
            field.dispatchEvent(new Event("input", { bubbles: true }));
          }
        });
        markDirty(state);
        offer.remove();
      });
      discard.addEventListener("click", function () {
        storage.removeItem(key);
        offer.remove();
      });
      form.insertBefore(offer, form.firstChild);
    }
    var timer = null;
    form.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        try {
          storage.setItem(key, JSON.stringify({ savedAt: Date.now(), values: fieldValues(form) }));
        } catch (error) {
          /* Storage full or refused: autosave is a convenience. */
        }
      }, AUTOSAVE_MS);
    });
    form.addEventListener("submit", function () {
      window.clearTimeout(timer);
      storage.removeItem(key);
    });
  }

  /* Presence: a heartbeat while the form is open. */
  function setupPresence(form, config) {
    var box = document.getElementById("article-presence");
    if (!config.presenceUrl || !box) return;
    function beat() {
      var data = new FormData();
      fetch(config.presenceUrl, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(form) },
      })
        .then(function (response) {
          return response.ok ? response.json() : { others: [] };
        })
        .then(function (answer) {
          var others = answer.others || [];
          if (!others.length) {
            box.hidden = true;
            box.textContent = "";
            return;
          }
          box.textContent =
            "También tiene abierta esta nota: " +
            others
              .map(function (other) {
                return other.name + " (hace " + other.seconds + " s)";
              })
              .join(", ");
          box.hidden = false;
        })
        .catch(function () {
          /* Offline for a moment: try again at the next beat. */
        });
    }
    window.setInterval(beat, HEARTBEAT_MS);
  }

  /* Names for the admin's unlabelled controls (screen readers, axe): the
   * date and time halves of a date-time field, tabular inline cells and the
   * autocomplete boxes (select2). */
  function labelText(label) {
    return label ? label.textContent.replace(/[:*]\s*$/, "").trim() : "";
  }

  function nameControl(control, name) {
    if (!control || !name || control.getAttribute("aria-label")) return;
    if (control.id && document.querySelector('label[for="' + control.id + '"]')) {
      if (control.getAttribute("role") !== "combobox") return;
    }
    control.setAttribute("aria-label", name);
  }

  function labelAdminWidgets() {
    document.querySelectorAll("p.datetime").forEach(function (box) {
      var row = box.closest(".form-row, .fieldBox, td");
      var label = labelText(row && row.querySelector("label"));
      nameControl(box.querySelector("input.vDateField"), label + " (fecha)");
      nameControl(box.querySelector("input.vTimeField"), label + " (hora)");
    });
    document.querySelectorAll(".tabular table").forEach(function (table) {
      var headers = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll("tbody tr.form-row").forEach(function (row, index) {
        Array.prototype.forEach.call(row.children, function (cell, column) {
          var header = headers[column] || "";
          if (!header) return;
          cell.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(function (control) {
            nameControl(control, header + " " + (index + 1));
          });
          cell.querySelectorAll(".select2-selection[role=combobox]").forEach(function (box) {
            nameControl(box, header + " " + (index + 1));
          });
        });
      });
    });
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var container = select.nextElementSibling;
      var box = container && container.querySelector(".select2-selection[role=combobox]");
      var label = select.id && document.querySelector('label[for="' + select.id + '"]');
      if (box && label) nameControl(box, labelText(label));
      var rendered = container && container.querySelector(".select2-selection__rendered");
      if (rendered && label) rendered.setAttribute("aria-label", labelText(label));
    });
  }

  /* select2 builds (and rebuilds) its boxes after ours ran, later still on a
   * busy machine: name every box it adds. */
  function watchAutocompleteBoxes() {
    if (!window.MutationObserver || !document.body) return;
    new MutationObserver(function (records) {
      var added = records.some(function (record) {
        return Array.prototype.some.call(record.addedNodes, function (node) {
          return node.nodeType === 1 && (node.matches(".select2-container, .select2-selection") ||
            node.querySelector(".select2-selection"));
        });
      });
      if (added) labelAdminWidgets();
    }).observe(document.body, { childList: true, subtree: true });
  }

  function init() {
    labelAdminWidgets();
    watchAutocompleteBoxes();
    window.addEventListener("load", labelAdminWidgets);
    document.addEventListener("formset:added", function () {
      window.setTimeout(labelAdminWidgets, 0);
    });
    var holder = document.getElementById("article-editor");
    var textarea = document.getElementById("id_body");
    if (!holder || !textarea || !textarea.form) return;
    var form = textarea.form;
    var config = {
      previewUrl: holder.dataset.previewUrl,
      presenceUrl: holder.dataset.presenceUrl,
      autosaveKey: holder.dataset.autosaveKey,
      pickerUrl: holder.dataset.pickerUrl,
      uploadUrl: holder.dataset.uploadUrl,
    };
    var state = { dirty: false, submitting: false };

    textarea.classList.add("md-body");
    textarea.rows = Math.max(textarea.rows, 18);
    var editor = el("div", { class: "md-editor" });
    textarea.parentNode.insertBefore(editor, textarea);
    var preview = buildPreview(form, textarea, config);
    editor.appendChild(preview.tabs);
    editor.appendChild(buildToolbar(textarea, config));
    editor.appendChild(textarea);
    editor.appendChild(preview.pane);
    editor.appendChild(buildCounts(textarea));

    form.addEventListener("input", function () {
      markDirty(state);
    });
    form.addEventListener("change", function () {
      markDirty(state);
    });
    form.addEventListener("submit", function () {
      state.submitting = true;
    });
    window.addEventListener("beforeunload", function (event) {
      if (state.dirty && !state.submitting) {
        event.preventDefault();
        event.returnValue = "";
      }
    });

    setupAutosave(form, config, state);
    setupPresence(form, config);

    window.NewsroomEditor = {
      textarea: textarea,
      insertAtCursor: function (text) {
        insertAtCursor(textarea, text);
      },
      wrapSelection: function (before, after, placeholder) {
        wrap(textarea, before, after, placeholder || "");
      },
    };
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
