import { beginsWithAt } from "../../../domain/case/recommendations.ts";
import { caseUi } from "../../../i18n/da/case-ui.ts";

/**
 * The points of a recommendation (»Indstilling«) say at once what sending the case would
 * refuse: a point that does not begin with »at« gets a message under it when the author
 * leaves it, which goes as soon as the point is right (or empty).
 */
export function checkRecommendationPoints(form: HTMLFormElement): void {
  const points = form.querySelectorAll<HTMLInputElement>(
    '.case-recommendations input[name^="punkt-"]',
  );
  for (const input of points) {
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
}
