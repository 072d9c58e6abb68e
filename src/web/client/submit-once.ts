// Forms marked data-submit-once (sending an agenda, publishing minutes) are sent once: a second
// press while the first is on its way, a double tap on a tablet, does nothing. Without it the
// second request arrives after the first has done the work and is refused, and that refusal is
// the page the user sees. Coming back to the page (the back button) allows sending again.
const forms = [...document.querySelectorAll<HTMLFormElement>("form[data-submit-once]")];
const sent = new WeakSet<HTMLFormElement>();

document.addEventListener("submit", (event) => {
  const form = event.target as HTMLFormElement;
  if (!forms.includes(form) || event.defaultPrevented) return;
  if (sent.has(form)) {
    event.preventDefault();
    return;
  }
  sent.add(form);
  form.setAttribute("aria-busy", "true");
});

window.addEventListener("pageshow", (event) => {
  if (!event.persisted) return;
  for (const form of forms) {
    sent.delete(form);
    form.removeAttribute("aria-busy");
  }
});
