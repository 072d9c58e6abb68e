import type { Editor } from "@tiptap/core";
import { caseUi } from "../../../i18n/da/case-ui.ts";

const m = caseUi.editor;
const SAFE_LINK = /^(?:https?:\/\/|mailto:)\S+$/i;

interface Tool {
  label: string;
  run: (editor: Editor) => void;
  /** Toggle buttons report their state with aria-pressed. */
  active?: (editor: Editor) => boolean;
}

export type ToolbarHooks = { onComment: () => void; announce: (text: string) => void };

function tools(hooks: ToolbarHooks): Tool[] {
  return [
    {
      label: m.heading1,
      run: (e) => e.chain().focus().toggleHeading({ level: 1 }).run(),
      active: (e) => e.isActive("heading", { level: 1 }),
    },
    {
      label: m.heading2,
      run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
      active: (e) => e.isActive("heading", { level: 2 }),
    },
    {
      label: m.bold,
      run: (e) => e.chain().focus().toggleBold().run(),
      active: (e) => e.isActive("bold"),
    },
    {
      label: m.italic,
      run: (e) => e.chain().focus().toggleItalic().run(),
      active: (e) => e.isActive("italic"),
    },
    {
      label: m.bulletList,
      run: (e) => e.chain().focus().toggleBulletList().run(),
      active: (e) => e.isActive("bulletList"),
    },
    {
      label: m.orderedList,
      run: (e) => e.chain().focus().toggleOrderedList().run(),
      active: (e) => e.isActive("orderedList"),
    },
    {
      label: m.table,
      run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
    {
      label: m.addRow,
      run: (e) => {
        if (e.isActive("table")) e.chain().focus().addRowAfter().run();
      },
    },
    {
      // The first row as the table's headings, or back to ordinary cells.
      label: m.headerRow,
      run: (e) => {
        if (e.isActive("table")) e.chain().focus().toggleHeaderRow().run();
      },
    },
    {
      label: m.link,
      run: (e) => {
        const current = (e.getAttributes("link").href as string | undefined) ?? "";
        const href = window.prompt(m.linkPrompt, current);
        if (href === null) return;
        const value = href.trim();
        if (value === "") e.chain().focus().extendMarkRange("link").unsetLink().run();
        else if (!SAFE_LINK.test(value)) hooks.announce(m.linkInvalid);
        else e.chain().focus().extendMarkRange("link").setLink({ href: value }).run();
      },
      active: (e) => e.isActive("link"),
    },
    { label: m.comment, run: () => hooks.onComment() },
  ];
}

/**
 * The formatting toolbar of one field: real buttons in a toolbar (one tab stop, arrow keys
 * between the buttons), toggles with aria-pressed kept in step with the selection.
 */
export function createToolbar(
  editor: Editor,
  label: string,
  editorId: string,
  hooks: ToolbarHooks,
  /** Read-only text: commenting is the only tool. */
  commentOnly = false,
): HTMLElement {
  const bar = document.createElement("div");
  bar.className = "case-toolbar";
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", m.toolbar(label));
  bar.setAttribute("aria-controls", editorId);
  const buttons: HTMLButtonElement[] = [];
  // From the keyboard the editor gets focus back first and takes its selection; a command run
  // before that (bold for the next letters) would be undone by the selection update.
  const run = (tool: Tool) => {
    // Commenting reads the marked range and moves on to the comment form: no focus here.
    if (editor.isFocused || tool.label === m.comment) tool.run(editor);
    else {
      editor.commands.focus();
      requestAnimationFrame(() => tool.run(editor));
    }
  };
  const list = commentOnly ? tools(hooks).filter((t) => t.label === m.comment) : tools(hooks);
  list.forEach((tool, index) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = tool.label;
    button.tabIndex = index === 0 ? 0 : -1;
    if (tool.active) button.setAttribute("aria-pressed", "false");
    button.addEventListener("mousedown", (event) => event.preventDefault());
    button.addEventListener("click", () => run(tool));
    // Run on the key itself: the button's own activation would move focus to the editor
    // while the same Enter still goes on to type a new paragraph there.
    button.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      run(tool);
    });
    buttons.push(button);
    bar.append(button);
  });
  bar.addEventListener("keydown", (event) => {
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to =
      event.key === "ArrowRight"
        ? (at + 1) % buttons.length
        : event.key === "ArrowLeft"
          ? (at - 1 + buttons.length) % buttons.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? buttons.length - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    for (const b of buttons) b.tabIndex = -1;
    const target = buttons[to] as HTMLButtonElement;
    target.tabIndex = 0;
    target.focus();
  });
  const refresh = () => {
    list.forEach((tool, i) => {
      if (tool.active) buttons[i]?.setAttribute("aria-pressed", String(tool.active(editor)));
    });
  };
  editor.on("transaction", refresh);
  refresh();
  return bar;
}
