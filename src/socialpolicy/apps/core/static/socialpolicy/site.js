/* socialpolicy: small progressive enhancements. Every page works without this file. */
(function () {
  "use strict";

  document.documentElement.classList.replace("no-js", "js");

  // On narrow screens the navigation folds behind a "Menu" button (see site.css).
  document.addEventListener("click", function (event) {
    var button = event.target.closest(".menu-button");
    if (!button) {
      return;
    }
    var nav = document.getElementById(button.getAttribute("aria-controls"));
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("is-open", open);
  });

  // Forms marked data-working show their "working…" note and disable their buttons on submit,
  // so a long import is not sent twice and the person knows something is happening.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-working")) {
      return;
    }
    if (form.classList.contains("is-working")) {
      event.preventDefault();
      return;
    }
    form.classList.add("is-working");
    form.setAttribute("aria-busy", "true");
    var note = form.querySelector(".working [data-working-text]");
    if (note) {
      note.textContent = form.getAttribute("data-working") || "Working…";
    }
    // Disable after the submit has been dispatched, so the pressed button's value is still sent.
    window.setTimeout(function () {
      form.querySelectorAll("button").forEach(function (button) {
        button.disabled = true;
      });
    }, 0);
  });

})();
