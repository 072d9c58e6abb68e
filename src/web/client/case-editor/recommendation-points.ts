import { beginsWithAt } from "../../../domain/case/recommendations.ts";
import { caseUi } from "../../../i18n/da/case-ui.ts";

const POINT = 'input[name^="punkt-"]';

/**
 * A point of a recommendation (»Indstilling«) says at once what sending the case would refuse:
 * a point that does not begin with »at« gets a message under it when the author leaves it,
 * which goes as soon as the point is right (or empty).
 */
function checkPoint(input: HTMLInputElement): void {
  const message = document.createElement("p");
  message.className = "case-point-error";
  message.id = `${input.id}-fejl`;
  message.textContent = caseUi.page.recommendationPointNeedsAt;
  message.hidden = true;
  input.after(message);
  const hint = input.getAttribute("aria-describedby") ?? "";
  const show = () => {
    const wrong = input.value.trim() !== "" && !beginsWithAt(input.value);
    message.hidden = !wrong;
    input.setAttribute("aria-invalid", String(wrong));
    input.setAttribute("aria-describedby", wrong ? `${message.id} ${hint}`.trim() : hint);
  };
  input.addEventListener("blur", show);
  // While typing, only a message already shown changes: it goes once the point is right.
  input.addEventListener("input", () => {
    if (!message.hidden) show();
  });
  show();
}

/**
 * The page brings two empty points, for a form without a script. Once the author writes in
 * the last empty one, another appears under it (»Punkt 3«), so a longer recommendation does
 * not wait for a save.
 */
function keepAnEmptyPoint(list: HTMLOListElement): void {
  list.addEventListener("input", () => {
    const inputs = [...list.querySelectorAll<HTMLInputElement>(POINT)];
    const last = inputs.at(-1);
    if (!last || inputs.some((input) => input.value.trim() === "")) return;
    const n = inputs.length + 1;
    const input = document.createElement("input");
    input.type = "text";
    input.id = last.id.replace(/-\d+$/, `-${n}`);
    input.name = last.name;
    input.setAttribute("aria-describedby", last.id.replace(/-punkt-\d+$/, "-punkter-hint"));
    const label = document.createElement("label");
    label.htmlFor = input.id;
    label.textContent = caseUi.page.recommendationPoint(n);
    const item = document.createElement("li");
    item.append(label, input);
    list.append(item);
    checkPoint(input);
  });
}

/**
 * Enter in a point goes on to the next point, as in a list, rather than sending the whole case
 * form (the browser's way with Enter in a field).
 */
function enterGoesToNextPoint(list: HTMLOListElement): void {
  list.addEventListener("keydown", (event) => {
    const input = event.target;
    if (event.key !== "Enter" || event.isComposing || !(input instanceof HTMLInputElement)) return;
    if (event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    const inputs = [...list.querySelectorAll<HTMLInputElement>(POINT)];
    inputs[inputs.indexOf(input) + 1]?.focus();
  });
}

export function enhanceRecommendationPoints(form: HTMLFormElement): void {
  for (const input of form.querySelectorAll<HTMLInputElement>(`.case-recommendations ${POINT}`)) {
    checkPoint(input);
  }
  for (const list of form.querySelectorAll<HTMLOListElement>(
    ".case-recommendations .case-points",
  )) {
    keepAnEmptyPoint(list);
    enterGoesToNextPoint(list);
  }
}
