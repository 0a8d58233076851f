// Six real CKEditor 5 ClassicEditors (from the `ckeditor5` npm package, GPL license key), one per heading.
import { Bold, ClassicEditor, Essentials, Italic, List, Paragraph, Undo } from 'ckeditor5';
import type { ModelElement, ModelText } from 'ckeditor5';
import { startFixture } from './lib/fixture';
import { SECTIONS } from './index';

const editors = new Map<string, ClassicEditor>();

/** The editor's text from its model: one line per paragraph (the framework's own view of the field). */
function modelText(editor: ClassicEditor): string {
  const root = editor.model.document.getRoot();
  if (!root) return '';
  const lines: string[] = [];
  for (const block of root.getChildren()) {
    const parts: string[] = [];
    for (const child of (block as ModelElement).getChildren()) if (child.is('$text')) parts.push((child as ModelText).data);
    lines.push(parts.join(''));
  }
  return lines.join('\n');
}

const fixture = startFixture('ckeditor5', () => Object.fromEntries([...editors].map(([k, e]) => [k, modelText(e)])));
window.klarplanEditors = editors;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function start(): Promise<void> {
  for (const [index, section] of SECTIONS.entries()) {
    const field = fixture.spec.fields.find((f) => f.key === section);
    const host = document.getElementById(`kp-f${index + 1}`);
    if (!field || !host) throw new Error(`CKEditor host for ${section} missing`);
    const editor = await ClassicEditor.create({
      attachTo: host,
      licenseKey: 'GPL',
      plugins: [Essentials, Paragraph, Bold, Italic, List, Undo],
      toolbar: ['undo', 'redo', '|', 'bold', 'italic', '|', 'bulletedList', 'numberedList'],
      language: 'de',
      root: { initialData: field.text.split('\n').map((p) => `<p>${escape(p)}</p>`).join('') },
    });
    editor.model.document.on('change:data', () => fixture.changed(section, modelText(editor)));
    editors.set(section, editor);
  }
}

start().then(
  () => fixture.done(),
  (error: unknown) => fixture.fail(error),
);
